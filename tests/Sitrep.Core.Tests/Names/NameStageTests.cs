using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Names;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Names;

/// <summary>The name and relation stages over a small knowledge base built here, independent of data/actors.</summary>
public sealed class NameStageTests
{
    private static Actor A(string id, string name, string kind, string[]? aliases = null, string[]? context = null, string[]? metonyms = null,
        ActorLink[]? memberOf = null, ActorRole[]? roles = null, string[]? alignedWith = null, string? country = null) =>
        new(id, name, kind, country, aliases ?? [], context ?? [], metonyms ?? [], memberOf ?? [], [], alignedWith ?? [], [], roles ?? [], null, "test");

    private static FuzzyDate D(string s) => FuzzyDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    private static readonly Tokenizer Tokenizer = new(Shared.Builder.Abbreviations);

    private static readonly ActorKb Kb = ActorKb.Build(
    [
        A("iri", "Islamic Resistance in Iraq", "coalition", ["IRI"]),
        A("kh", "Kata'ib Hezbollah", "armed_group", ["Hezbollah Brigades", "KH"], ["the Brigades"], memberOf: [new ActorLink("iri", D("2023-10"), null, null)], alignedWith: ["iran"]),
        A("hezbollah", "Hezbollah", "armed_group", ["Lebanese Hezbollah"]),
        A("badr", "Badr Organization", "armed_group", ["Badr Organisation"], ["Badr"]),
        A("iran", "Iran", "government", ["Iranian government"], metonyms: ["Tehran"], country: "IR"),
        A("goi", "Government of Iraq", "government", ["Iraqi government"], metonyms: ["Baghdad"], country: "IQ"),
        A("iraq-mfa", "Iraqi Ministry of Foreign Affairs", "government", ["Iraqi Foreign Ministry"], ["Foreign Ministry"], country: "IQ"),
        A("sudani", "Mohammed Shia al-Sudani", "person", ["Muhammad Shiaa al-Sudani"], ["Sudani"],
            roles: [new ActorRole("office", "goi", "Prime Minister of Iraq", D("2022-10-27"), null)]),
        A("abadi", "Haider al-Abadi", "person", ["Haidar al-Abadi"], ["Abadi"],
            roles: [new ActorRole("office", "goi", "Prime Minister of Iraq", D("2014-09-08"), D("2018-10-25"))]),
        A("amiri", "Hadi al-Amiri", "person", ["Hadi al-Ameri"], ["Amiri"], roles: [new ActorRole("leader", "badr", null, null, null)]),
        A("envoy", "Dana Whitlock", "person", ["Dana Whitlock"], roles: [new ActorRole("office", "goi", "US Ambassador to Iraq", D("2022-06"), null)]),
        A("imam-ali", "Kata'ib al-Imam Ali", "armed_group", ["Imam Ali Brigades"], ["Imam Ali"]),
        A("nujaba", "Harakat al-Nujaba", "armed_group", ["Nujaba"]),
        A("sadiqoun", "Sadiqoun", "party", ["Sadiqun"]),
        A("iraqi-armed-factions", "Iraqi armed factions", "armed_group", ["armed factions"]),
        // Ids the name rules of data/actors name (common-nouns.tsv, demonyms.tsv).
        A("international-coalition", "International Coalition", "coalition", ["international coalition"], ["coalition"]),
        A("united-kingdom", "United Kingdom", "government", ["Britain"]),
        A("turkey", "Turkey", "government", ["Turkish government"]),
        A("government-of-iraq", "Iraq", "government"),
        A("krg", "Kurdistan Regional Government", "government", ["KRG"]),
        A("cf", "Coordination Framework", "coalition", ["Framework"]),
        A("victory", "Victory Coalition", "coalition", ["Nasr Coalition"]),
        A("abadi2", "Haidar Abadi Jr", "person", ["Haidar Abadi Jr"], roles: [new ActorRole("leader", "victory", null, D("2018"), null)]),
    ], Tokenizer);

    private static Document Run(string text, string published = "2023-12-17")
    {
        var builder = new PipelineBuilder(Shared.DataDir);
        var pipeline = builder.Use(new TokenizeStage(Tokenizer)).Use(new SentenceStage(new SentenceSplitter(builder.Abbreviations)))
            .Use(new NameStage(Kb, builder.RoleCues)).Use(new RelationStage(Kb, builder.RelationWords)).Build();
        var source = new SourceInfo("t.txt", Published: DateOnly.Parse(published));
        return pipeline.Process(new RawArticle(source, text, "text")).Stories.Single();
    }

    private static List<(string Text, string Id, string Via)> Mentions(Document d) =>
        d.Mentions.Select(m => (d.Text.Substring(m.Start, m.Length), m.EntityId!, m.Via)).ToList();

    [Fact]
    public void Spellings_link_to_one_actor_and_the_longest_name_wins()
    {
        var d = Run("Kataeb Hizballah and the Iraqi Hezbollah-Brigades fired; Lebanese Hezbollah did not. Kataib Hezbollah denied it.");
        var m = Mentions(d);
        Assert.Contains(("Kataeb Hizballah", "kh", "name"), m);
        Assert.Contains(("Hezbollah-Brigades", "kh", "name"), m);
        Assert.Contains(("Lebanese Hezbollah", "hezbollah", "name"), m);
        Assert.Contains(("Kataib Hezbollah", "kh", "name"), m);
        Assert.DoesNotContain(m, x => x.Id == "hezbollah" && x.Text.Contains("Kata"));
    }

    [Fact]
    public void An_english_word_with_the_consonants_of_a_name_does_not_link()
    {
        // Iraan keeps Iran's vowels and is a spelling of it; Iron and Irun are other words.
        var d = Run("Iran condemned the Iron Dome deployment. Iraan objected, and Irun did not.");
        Assert.Equal(["Iran", "Iraan"], d.Mentions.Where(x => x.EntityId == "iran").Select(x => d.Text.Substring(x.Start, x.Length)));
    }

    [Fact]
    public void A_seven_letter_word_needs_the_vowels_of_the_name_it_would_spell()
    {
        // Sidakan has the consonants of Sadiqoun (s-d-k-n) but not its vowels: a town, not the bloc.
        // Sadiqoon keeps them and is a spelling of it.
        var d = Run("Troops were sent to Sidakan on Monday. Sadiqoon said it would not object.");
        Assert.Equal(["Sadiqoon"], d.Mentions.Where(x => x.EntityId == "sadiqoun").Select(x => d.Text.Substring(x.Start, x.Length)));
    }

    [Fact]
    public void A_context_alias_links_only_after_a_full_name()
    {
        var before = Run("Badr said it would stay out. A man named Badr Hassan was hurt.");
        Assert.DoesNotContain(before.Mentions, x => x.EntityId == "badr");
        var after = Run("The Badr Organization met on Sunday. Badr said it would stay out.");
        Assert.Equal(["name", "context"], after.Mentions.Where(x => x.EntityId == "badr").Select(x => x.Via));
    }

    [Fact]
    public void A_surname_needs_its_capital()
    {
        var d = Run("Hadi al-Amiri spoke. The amiri guard stood by. Amiri left.");
        Assert.Equal(2, d.Mentions.Count(x => x.EntityId == "amiri"));
    }

    [Fact]
    public void A_place_stands_for_its_government_only_where_it_acts()
    {
        var d = Run("Baghdad condemned the strike. The strike hit a depot in Baghdad and Tehran.");
        var goi = d.Mentions.Where(x => x.EntityId == "goi").ToList();
        Assert.Single(goi);
        Assert.Equal(0, goi[0].Start);
        Assert.DoesNotContain(d.Mentions, x => x.EntityId == "iran");
    }

    [Theory]
    [InlineData("The Baghdad raid drew an angry reply from the factions.")]
    [InlineData("Two people died in the Tehran blast on Monday.")]
    [InlineData("Officials met after the Baghdad clashes.")]
    public void A_place_right_before_a_word_of_a_happening_says_where_and_stands_for_no_government(string text)
    {
        var d = Run(text);
        Assert.DoesNotContain(d.Mentions, x => x.EntityId is "goi" or "iran");
        // Before a verb it acts.
        Assert.Contains(Run("Baghdad rejected the raid.").Mentions, x => x.EntityId == "goi");
    }

    [Fact]
    public void An_abbreviation_the_story_defines_links_later_on()
    {
        var d = Run("Harakat al-Nujaba (HaN) fired drones. Later HaN said it would go on.");
        Assert.DoesNotContain(d.Mentions, x => x.Via == "abbreviation");
        var defined = Run("The Islamic Resistance in Iraq (IRQ) fired drones. Later IRQ said it would go on.");
        Assert.Equal(2, defined.Mentions.Count(x => x.EntityId == "iri" && x.Via == "abbreviation"));
    }

    [Fact]
    public void A_name_the_knowledge_base_lacks_is_kept_when_a_role_cue_stands_by()
    {
        var d = Run("Government spokesman Bassem al-Awadi said the talks went well. Political analyst Imad al-Atrash disagreed. Al-Awadi left.");
        var unlinked = d.Unlinked.Values.Single();
        Assert.Equal("Bassem al-Awadi", unlinked.Name);
        Assert.Equal("person", unlinked.Kind);
        Assert.Equal(2, d.Mentions.Count(x => x.EntityId == unlinked.Id));
        Assert.DoesNotContain(d.Unlinked.Values, u => u.Name.Contains("Atrash"));
    }

    [Fact]
    public void The_head_of_a_research_body_is_a_commentator()
    {
        var d = Run("Salah Obeid, head of the Baghdad Centre for Strategic Studies, said the talks would fail. "
            + "Karim Nouri, director of the Tigris Institute, agreed. Nabil Saeed, head of the border committee, disagreed.");
        Assert.Equal(["Nabil Saeed"], d.Unlinked.Values.Select(u => u.Name));
    }

    [Fact]
    public void A_short_reference_goes_to_the_last_fitting_actor()
    {
        var d = Run("Kata'ib Hezbollah fired rockets at the base. The group said the premier was warned. Prime Minister Mohammed Shia al-Sudani condemned it, and the premier called the attack terrorism.");
        var refs = d.Mentions.Where(x => x.Via == "reference").Select(x => (d.Text.Substring(x.Start, x.Length), x.EntityId)).ToList();
        Assert.Contains(("The group", "kh"), refs);
        Assert.Contains(("the premier", "sudani"), refs);
        Assert.Equal(2, refs.Count);
    }

    [Theory]
    [InlineData("The Badr Organization, led by Hadi al-Amiri, stayed out.", "leader_of", "amiri", "badr")]
    [InlineData("Hadi al-Amiri, the leader of the Badr Organization, stayed out.", "leader_of", "amiri", "badr")]
    [InlineData("Badr Organization leader Hadi al-Amiri stayed out.", "leader_of", "amiri", "badr")]
    [InlineData("In 2014 Hadi al-Amiri led the Badr Organization into the fight.", "leader_of", "amiri", "badr")]
    [InlineData("Kata'ib Hezbollah, a faction of the Islamic Resistance in Iraq, fired.", "member_of", "kh", "iri")]
    [InlineData("The Islamic Resistance in Iraq, which includes Kata'ib Hezbollah and Badr Organization, fired.", "member_of", "badr", "iri")]
    [InlineData("Kata'ib Hezbollah and the Badr Organization decided to unite under the Islamic Resistance in Iraq.", "member_of", "badr", "iri")]
    [InlineData("Iran-backed Kata'ib Hezbollah fired.", "aligned_with", "kh", "iran")]
    [InlineData("Kata'ib Hezbollah, backed by Iran, fired.", "aligned_with", "kh", "iran")]
    [InlineData("Kata'ib Hezbollah halted its attacks. The statement, signed by its leader Hadi al-Amiri, gave no reason.", "leader_of", "amiri", "kh")]
    [InlineData("The Badr Organization fired drones. Their leader, Hadi al-Amiri, said more would follow.", "leader_of", "amiri", "badr")]
    public void Relations_come_from_the_usual_constructions(string text, string type, string subject, string obj)
    {
        var d = Run(text);
        Assert.Contains(d.Relations, r => r.Type == type && r.Subject == subject && r.Object == obj);
    }

    [Fact]
    public void A_word_added_to_the_relation_words_file_is_read_by_its_constructions()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-relwords-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "actors"));
            var lines = File.ReadAllLines(Path.Combine(Shared.DataDir, "actors", "relation-words.tsv"))
                .Select(l => l.StartsWith("leading-by\t", StringComparison.Ordinal) ? l + "|directed" : l);
            File.WriteAllLines(Path.Combine(dir.FullName, "actors", "relation-words.tsv"), lines);
            var words = RelationWords.Load(dir.FullName);
            var builder = new PipelineBuilder(Shared.DataDir);
            var pipeline = builder.Use(new TokenizeStage(Tokenizer)).Use(new SentenceStage(new SentenceSplitter(builder.Abbreviations)))
                .Use(new NameStage(Kb, builder.RoleCues)).Use(new RelationStage(Kb, words)).Build();
            const string text = "Kata'ib Hezbollah, directed by Hadi al-Amiri, fired.";
            var d = pipeline.Process(new RawArticle(new SourceInfo("t.txt", Published: new DateOnly(2023, 12, 17)), text, "text")).Stories.Single();
            Assert.Contains(d.Relations, r => r.Type == "leader_of" && r.Subject == "amiri" && r.Object == "kh");
            Assert.DoesNotContain(Run(text).Relations, r => r.Type == "leader_of" && r.Subject == "amiri");
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("leading-by\tled\nleaders\tx\n", "relation-words.tsv:2", "unknown class 'leaders'")]
    [InlineData("leading-by\tled\n", "relation-words.tsv", "class 'leading' is missing")]
    [InlineData("leading-by\tLed\n", "relation-words.tsv:1", "'Led': words are lower case")]
    public void A_bad_relation_words_file_is_refused_with_its_file_and_line(string content, string where, string problem)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-relwords-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "actors"));
            File.WriteAllText(Path.Combine(dir.FullName, "actors", "relation-words.tsv"), content);
            var e = Assert.Throws<SitrepException>(() => RelationWords.Load(dir.FullName));
            Assert.Contains(where, e.Message);
            Assert.Contains(problem, e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_relation_is_checked_against_the_knowledge_base()
    {
        var d = Run("Kata'ib Hezbollah, led by Hadi al-Amiri, fired. The Badr Organization, led by Hadi al-Amiri, did not.");
        Assert.StartsWith("new", d.Relations.Single(r => r.Type == "leader_of" && r.Object == "kh").Check);
        Assert.Equal("confirmed", d.Relations.Single(r => r.Type == "leader_of" && r.Object == "badr").Check);
    }

    [Fact]
    public void An_office_is_reported_only_while_it_is_held()
    {
        var untitled = Run("Mohammed Shia al-Sudani met the envoy.", "2023-12-17");
        Assert.DoesNotContain(untitled.Relations, r => r.Type == "role");
        var now = Run("Prime Minister Mohammed Shia al-Sudani met Haider al-Abadi.", "2023-12-17");
        Assert.Contains(now.Relations, r => r.Type == "role" && r.Subject == "sudani" && r.Object == "Prime Minister of Iraq");
        Assert.DoesNotContain(now.Relations, r => r.Subject == "abadi" && r.Object == "Prime Minister of Iraq");
        var former = Run("Former prime minister Haider al-Abadi spoke.", "2023-12-17");
        Assert.Contains(former.Relations, r => r.Subject == "abadi" && r.Object == "Former Prime Minister of Iraq");
        var then = Run("Iraqi premier Haider al-Abadi spoke.", "2016-05-01");
        Assert.Contains(then.Relations, r => r.Subject == "abadi" && r.Object == "Prime Minister of Iraq");
        var ambassador = Run("US Ambassador Dana Whitlock met the speaker.", "2023-12-17");
        Assert.Contains(ambassador.Relations, r => r.Subject == "envoy" && r.Object == "US Ambassador to Iraq");
        var untitledEnvoy = Run("Dana Whitlock met the speaker.", "2023-12-17");
        Assert.DoesNotContain(untitledEnvoy.Relations, r => r.Type == "role");
    }

    [Fact]
    public void A_name_owned_by_two_actors_is_refused_with_both_sources()
    {
        var e = Assert.Throws<SitrepException>(() => ActorKb.Build([A("a", "Kataib Hezbollah", "armed_group"), A("b", "Kata'ib Hizballah", "armed_group")], Tokenizer));
        Assert.Contains("'a'", e.Problem);
        Assert.Equal(ErrorCodes.DataInvalid, e.Code);
    }

    [Fact]
    public void A_reference_to_an_unknown_id_is_refused()
    {
        var e = Assert.Throws<SitrepException>(() => ActorKb.Build([A("a", "Alpha Group", "armed_group", alignedWith: ["nobody"])], Tokenizer));
        Assert.Contains("'nobody'", e.Problem);
    }

    [Fact]
    public void A_title_before_a_name_the_knowledge_base_lacks_makes_a_person_with_the_office()
    {
        var d = Run("British Foreign Secretary Jonathan Pryce condemned the strike. Iraqi Defence Minister Salim al-Obeidi visited the base. "
            + "Britain's Foreign Secretary Mary Holt flew in. KRG spokesman Peshraw Hamid said the region was calm.");
        var names = d.Unlinked.Values.Select(u => u.Name).Order().ToList();
        Assert.Equal(["Jonathan Pryce", "Mary Holt", "Peshraw Hamid", "Salim al-Obeidi"], names);
        string Id(string name) => d.Unlinked.Values.Single(u => u.Name == name).Id;
        Assert.Contains(d.Relations, r => r.Type == "role" && r.Subject == Id("Jonathan Pryce") && r.Object == "Foreign Secretary of the United Kingdom");
        Assert.Contains(d.Relations, r => r.Type == "role" && r.Subject == Id("Salim al-Obeidi") && r.Object == "Defence Minister of Iraq");
        Assert.Contains(d.Relations, r => r.Type == "role" && r.Subject == Id("Mary Holt") && r.Object == "Foreign Secretary of the United Kingdom");
        Assert.Contains(d.Relations, r => r.Type == "spokesperson_of" && r.Subject == Id("Peshraw Hamid") && r.Object == "krg");
    }

    [Fact]
    public void A_title_without_a_country_gives_no_office_and_a_title_alone_no_person()
    {
        var d = Run("Foreign Secretary Jonathan Pryce spoke to the Defence Minister on Monday. The Prime Minister Office denied it.");
        Assert.Equal("Jonathan Pryce", d.Unlinked.Values.Single().Name);
        Assert.DoesNotContain(d.Relations, r => r.Type == "role");
    }

    [Theory]
    [InlineData("Coalition air defences shot down a drone near the airport.")]
    [InlineData("Two rockets landed inside a coalition base west of the capital.")]
    [InlineData("The drones targeted US and coalition troops at the airport.")]
    public void Coalition_before_a_military_word_is_the_international_coalition(string text)
    {
        var d = Run(text);
        var m = Assert.Single(d.Mentions, m => m.EntityId == "international-coalition");
        Assert.Equal("coalition", d.Text.Substring(m.Start, m.Length), ignoreCase: true);
    }

    [Theory]
    [InlineData("The ruling coalition troops the colours in parliament.")]
    [InlineData("A coalition government was formed after months of haggling.")]
    [InlineData("The Victory coalition spokesman rejected the budget.")]
    [InlineData("The coalition partners in Baghdad argued over the budget.")]
    public void Coalition_in_politics_is_not_the_international_coalition(string text)
    {
        var d = Run(text);
        Assert.DoesNotContain(d.Mentions, m => m.EntityId == "international-coalition");
    }

    [Fact]
    public void A_name_inside_a_longer_name_of_another_kind_is_not_the_actor()
    {
        var agreement = Run("Baghdad and Washington signed the Strategic Framework Agreement in 2008.");
        Assert.DoesNotContain(agreement.Mentions, m => m.EntityId == "cf");
        var operation = Run("The army began Operation Badr Organization Revenge at dawn.");
        Assert.DoesNotContain(operation.Mentions, m => m.EntityId == "badr");
        var actor = Run("Leaders of the Framework met on Sunday to discuss the agreement.");
        Assert.Contains(actor.Mentions, m => m.EntityId == "cf");
    }

    [Fact]
    public void A_country_adjective_in_a_backing_compound_names_the_state()
    {
        var d = Run("Turkish-backed fighters shelled the town, while Iranian-aligned Kata'ib Hezbollah stayed out. Turkish officials said nothing.");
        Assert.Single(d.Mentions, m => m.EntityId == "turkey");
        Assert.Contains(d.Mentions, m => m.EntityId == "iran" && m.Via == "demonym");
        Assert.Contains(d.Relations, r => r.Type == "aligned_with" && r.Subject == "kh" && r.Object == "iran");
    }

    [Fact]
    public void A_short_name_listed_beside_a_body_of_its_kind_links_before_the_full_name()
    {
        var d = Run("Factions such as \"Kata'ib Hezbollah,\" \"Nujaba,\" and \"Imam Ali\" joined the front.");
        Assert.Contains(d.Mentions, m => m.EntityId == "imam-ali" && m.Via == "context");
        var alone = Run("Pilgrims walked to the shrine of Imam Ali, and Kata'ib Hezbollah stayed out. Crowds honoured Imam Ali in Najaf.");
        Assert.DoesNotContain(alone.Mentions, m => m.EntityId == "imam-ali");
    }

    [Fact]
    public void The_bloc_of_a_leader_is_the_body_he_leads()
    {
        var d = Run("The bloc of former Prime Minister Haidar Abadi Jr joined the talks. Haidar Abadi Jr's bloc said so on Monday.");
        Assert.Equal(2, d.Mentions.Count(m => m.EntityId == "victory" && m.Via == "leader"));
        var before = Run("The bloc of former Prime Minister Haidar Abadi Jr joined the talks.", "2016-01-01");
        Assert.DoesNotContain(before.Mentions, m => m.EntityId == "victory");
    }

    [Theory]
    [InlineData("The factions said they would keep up the attacks.", true)]
    [InlineData("Kata'ib Hezbollah said the factions would not stop.", true)]
    [InlineData("The rival factions in parliament argued over the budget.", false)]
    [InlineData("Political factions met to agree on a budget.", false)]
    public void The_factions_are_the_armed_factions(string text, bool linked) =>
        Assert.Equal(linked, Run(text).Mentions.Any(m => m.EntityId == "iraqi-armed-factions"));

    [Fact]
    public void An_institution_without_its_country_is_that_of_the_government_the_story_names_most()
    {
        var iraq = Run("The Iraqi government condemned the strike. Baghdad said it would complain, and the Foreign Ministry summoned the envoy.");
        Assert.Contains(iraq.Mentions, m => m.EntityId == "iraq-mfa");
        var iran = Run("The Iranian government condemned the strike, and Tehran warned Baghdad. The Foreign Ministry summoned the envoy.");
        Assert.DoesNotContain(iran.Mentions, m => m.EntityId == "iraq-mfa");
        var owned = Run("The Iraqi government condemned the strike. Baghdad said it would complain, and Turkey's Foreign Ministry answered.");
        Assert.DoesNotContain(owned.Mentions, m => m.EntityId == "iraq-mfa");
        var none = Run("The Foreign Ministry summoned the envoy.");
        Assert.DoesNotContain(none.Mentions, m => m.EntityId == "iraq-mfa");
    }

    [Fact]
    public void A_common_noun_for_a_kind_of_body_means_the_body_of_that_kind_just_named()
    {
        var d = Run("The international coalition moved troops on Monday. The Victory Coalition criticised the move, and the coalition said it would appeal.");
        var last = d.Mentions.Where(m => d.Text.AsSpan(m.Start, m.Length).Equals("coalition", StringComparison.Ordinal)).Last();
        Assert.Equal("victory", last.EntityId);
        var same = Run("The international coalition moved troops on Monday. The coalition said the move was routine.");
        var only = same.Mentions.Single(m => same.Text.AsSpan(m.Start, m.Length).Equals("coalition", StringComparison.Ordinal));
        Assert.Equal("international-coalition", only.EntityId);
    }

    [Fact]
    public void A_place_owning_a_state_body_stands_for_its_government()
    {
        var body = Run("Ali Kareem, the spokesman of Baghdad's foreign ministry, condemned the strike.");
        Assert.Contains(body.Mentions, m => m.EntityId == "goi");
        Assert.Contains(body.Relations, r => r.Type == "spokesperson_of" && r.Object == "goi");
        var place = Run("A bomb went off in Baghdad's Karrada district on Monday.");
        Assert.DoesNotContain(place.Mentions, m => m.EntityId == "goi");
    }

    [Fact]
    public void A_possessive_title_ties_a_person_to_the_body_named_last_in_its_sentence_or_first_in_the_one_before()
    {
        var d = Run("The Iraqi government condemned the attack. Its spokesman, Hadi al-Amiri, said so on Monday.");
        Assert.Contains(d.Relations, r => r.Subject == "amiri" && r.Type == "spokesperson_of" && r.Object == "goi");
        var same = Run("Kata'ib Hezbollah fired, and the Iraqi government announced an inquiry, and its spokesman, Hadi al-Amiri, said so.");
        Assert.Contains(same.Relations, r => r.Subject == "amiri" && r.Type == "spokesperson_of" && r.Object == "goi");
        Assert.DoesNotContain(same.Relations, r => r.Subject == "amiri" && r.Object == "kh");
        var subject = Run("Kata'ib Hezbollah said it would spare \"the Iraqi government\". The statement, signed by its leader Hadi al-Amiri, was short.");
        Assert.Contains(subject.Relations, r => r.Subject == "amiri" && r.Type == "leader_of" && r.Object == "kh");
        var far = Run("Kata'ib Hezbollah fired rockets. The army answered. The town was quiet. Their leader, Hadi al-Amiri, spoke.");
        Assert.DoesNotContain(far.Relations, r => r.Subject == "amiri" && r.Object == "kh");
    }

    [Theory]
    [InlineData("A political source close to Hadi al-Amiri's Badr Organization said talks went on.", true)]
    [InlineData("Sources close to the Badr Organization said talks went on.", true)]
    [InlineData("According to the Badr Organization, talks went on.", true)]
    [InlineData("A source in the Badr Organization said talks went on.", false)]
    [InlineData("The Badr Organization said talks went on.", false)]
    public void A_body_named_only_as_a_source_is_a_source(string text, bool source)
    {
        var d = Run(text);
        var m = d.Mentions.Single(x => x.EntityId == "badr");
        Assert.Equal(source, Attribution.IsSource(d, m));
    }

    [Fact]
    public void The_one_a_leader_speaks_to_is_no_person_of_his()
    {
        var d = Run("A senior faction leader told the Evening Courier that attacks would go on. A faction leader told the Tigris Times the same.");
        Assert.Empty(d.Unlinked);
        var cued = Run("A senior faction leader, Karim Hadi Saleh, said attacks would go on.");
        Assert.Equal("Karim Hadi Saleh", cued.Unlinked.Values.Single().Name);
    }

    [Fact]
    public void Leading_an_attack_on_a_body_is_no_leadership_of_it()
    {
        var d = Run("Hadi al-Amiri led the Iraqi government delegation to Tehran.");
        Assert.DoesNotContain(d.Relations, r => r.Type == "leader_of" && r.Subject == "amiri" && r.Object == "goi");
    }

    [Fact]
    public void The_knowledge_base_ties_an_armed_group_to_its_backer_named_beside_it()
    {
        var d = Run("Kata'ib Hezbollah and Iran denied any role in the attack.");
        Assert.Contains(d.Relations, r => r.Type == "aligned_with" && r.Subject == "kh" && r.Object == "iran" && r.Check == "confirmed");
        var other = Run("The Badr Organization and Iran denied any role in the attack.");
        Assert.DoesNotContain(other.Relations, r => r.Type == "aligned_with");
    }

    [Fact]
    public void Titles_alone_and_places_are_no_person()
    {
        var d = Run("The strike hit the car of the Deputy Chairman of the authority, a leader said.");
        Assert.Empty(d.Unlinked);
        // The place stage of the default pipeline knows the Green Zone.
        var place = Shared.Process("A crowd reached the gates of the Green Zone, a protest leader said.").Stories.Single();
        Assert.Empty(place.Unlinked);
    }

    [Fact]
    public void A_counterpart_and_a_mayor_are_persons()
    {
        var d = Run("The envoy met his Iranian counterpart, Karim Zand Vakili. Mayor Salim Haji Murad said four were killed.");
        Assert.Equal(["Karim Zand Vakili", "Salim Haji Murad"], d.Unlinked.Values.Select(u => u.Name).Order());
    }

    [Fact]
    public void The_name_stages_own_word_classes_are_data_and_stay_out_of_the_role_classes()
    {
        var cues = Shared.Builder.RoleCues;
        Assert.True(cues.Is("Tuesday", CueClass.NotName));
        Assert.True(cues.Is("Brigades", CueClass.OrgHead));
        Assert.True(cues.Is("units", CueClass.ArmyBody));
        Assert.True(cues.Is("near", CueClass.Locative));
        Assert.False(cues.Is("spokesman", CueClass.NotName | CueClass.OrgHead | CueClass.ArmyBody | CueClass.Locative));
        // ClassOf answers only the role classes (person, title, skip).
        Assert.Equal(CueClass.None, cues.ClassOf("near"));
        Assert.Equal(CueClass.Person, cues.ClassOf("spokesman"));
    }

    [Fact]
    public void An_unknown_role_cue_class_names_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-roles-");
        try
        {
            var actors = Path.Combine(dir.FullName, "actors");
            Directory.CreateDirectory(actors);
            File.WriteAllText(Path.Combine(actors, "role-cues.tsv"), "# test\nspokesman\tperson\nnear\tlocation\n");
            File.WriteAllText(Path.Combine(actors, "references.tsv"), "# test\n");
            var e = Assert.Throws<SitrepException>(() => RoleCues.Load(dir.FullName));
            Assert.Contains("role-cues.tsv:3", e.Message);
            Assert.Contains("unknown class 'location'", e.Message);
        }
        finally { dir.Delete(true); }
    }
}
