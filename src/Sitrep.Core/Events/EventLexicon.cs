using System.Collections.Concurrent;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Events;

/// <summary>What a trigger's word says of its sentence.</summary>
[Flags]
public enum TriggerFlags : ulong
{
    None = 0,
    /// <summary>A word of saying that makes the event by itself ("warned", "condemned").</summary>
    Speech = 1,
    /// <summary>An ambiguous word: an event only when the sentence links it to an actor or a target.</summary>
    Weak = 2,
    /// <summary>The grammatical subject is the one attacked ("came under fire").</summary>
    SubjectIsTarget = 4,
    /// <summary>The word itself announces a plan ("planned attack").</summary>
    Future = 8,
    /// <summary>The word itself denies.</summary>
    Negates = 16,
    /// <summary>The base form is also an adverb ("back in 2020", "strike back at"): before a preposition,
    /// a date or the end of a clause it is no verb.</summary>
    Particle = 32,
    /// <summary>A casualty verb ("killed", "wounded"): beside an attack told by another word it is that
    /// attack's toll, no event of its own.</summary>
    Toll = 64,
    /// <summary>A verb that may leave its object dead or hurt ("left 35 dead", "left two soldiers
    /// wounded"): then it tells an attack's toll and is no event of its own.</summary>
    Resultative = 128,
    /// <summary>A defence against an attack ("shot down two drones", "rockets were intercepted by C-RAM"):
    /// the one who defends, subject of the active verb or agent of the passive, is the side attacked; the
    /// attacker is not told; the weapon named gives the mode.</summary>
    Intercept = 256,
    /// <summary>A word that threatens only as a promise of what the speaker will do ("would respond",
    /// "will not stand by", "its response will be tough"): a verb with a cue of class vow before it in its
    /// verb group, a noun with one after it in its clause; else it is no trigger. The threat is the speaker's.</summary>
    Vow = 512,
    /// <summary>A name a speaker gives an act ("a hostile act", "a violation of sovereignty"): its actor is
    /// the subject of a verb of naming (cue class label) or the speaker who says the act "was" one.</summary>
    Label = 1024,
    /// <summary>An obligation ("must") that asks only in reported speech: the speaker's demand
    /// of the one told ("X told Y that the attackers must be found"); not before "have" ("must have been").</summary>
    Demand = 2048,
    /// <summary>Being behind an act ("was behind", "is responsible for"): in reported speech the speaker's
    /// accusation of the one said to be behind it; none without a speaker, nor when one claims it for oneself.</summary>
    Attribution = 4096,
    /// <summary>A verb that asks only with an object and "to" after it ("called all parties to calm", "called
    /// his supporters to withdraw"); not a name given ("called the attack a message to ...").</summary>
    ObjectTo = 8192,
    /// <summary>A noun that names an act only when a verb or a count makes it one ("conducted operations",
    /// "75 operations"): "the group's operations in Syria" is its line of work.</summary>
    Light = 16384,
    /// <summary>A verb that tells an attack only with a weapon that flies or blows up as its subject ("a
    /// rocket fell near the embassy", "a roadside bomb went off in Babil"); "prices fell" is none.</summary>
    Weapon = 32768,
    /// <summary>A verb of moving that deploys only with forces (cue class troops) as its object or, in the
    /// passive, its subject ("sent 750 soldiers to Kuwait", "units were posted at the checkpoints");
    /// "sent a letter", "posted a video" are none.</summary>
    Troops = 65536,
    /// <summary>A verb of promise that threatens only with a word of attack right after it, which it governs
    /// ("promised more operations against US troops", "promised further strikes"); "promised aid" is none.</summary>
    OfAttack = 131072,
    /// <summary>A weapon that tells an attack only as an item of a bulleted list, aimed at a place or target with no
    /// verb ("- Monday: a drone at Harir air base"); elsewhere it is no trigger ("the group's drones").</summary>
    Listed = 262144,
    /// <summary>A verb of finding that seizes only arms or launchers (cue class seizable) as its object or, in the passive,
    /// its subject ("found the launcher", "a rocket launcher was discovered"); "found that ..." is none.</summary>
    Seizes = 524288,
    /// <summary>A verb of arriving that deploys only with forces or their arms (cue class troops) as its subject, not in the
    /// passive ("Patriot batteries had begun arriving at Ain al-Asad", "more Marines arrived in Kuwait"); "the minister
    /// arrived in Tehran" is none.</summary>
    Arrives = 1048576,
    /// <summary>A verb of giving that hands over only a base or site (cue class handed-site) as its object or, in the passive,
    /// its subject ("handed the K-1 air base to the Iraqi army", "the Qaim base was transferred to Iraqi forces"); "handed him a
    /// letter", "equipment was transferred" are none.</summary>
    HandsSite = 2097152,
    /// <summary>A verb of throwing that attacks only with a thrown weapon (cue class thrown) as its object or, in the passive, its
    /// subject ("threw a hand grenade at the office", "petrol bombs were thrown at the consulate"); "threw a party" is none.</summary>
    Hurls = 4194304,
    /// <summary>A warrant ("arrest warrant"): a COERCE arrest of the one it names, but against a foreign state's leader or
    /// official (a knowledge-base country other than the issuer's) a gesture of blame, an ACCUSE.</summary>
    Warrant = 8388608,
    /// <summary>A verb of ending that withdraws only with a military mission as its subject ("the coalition's mission in
    /// Iraq will end by September 2025", "the US combat mission is to end by 31 December"); "the talks ended" is none.</summary>
    MissionEnds = 16777216,
    /// <summary>A verb of cutting that bans only with a thing an authority shuts or cuts off (cue class closable) as its object
    /// or, in the passive, its subject ("cut mobile internet across the country", "the offices shall be cut off"); "cut the
    /// budget" is none.</summary>
    Closes = 33554432,
    /// <summary>A verb of moving people that withdraws only staff or diplomats (cue class evacuee) with "out" after them
    /// ("pulled its staff out of Basra", "flew its diplomats out", "contractors were flown out"); "flew to Baghdad" is none.</summary>
    Evacuates = 67108864,
    /// <summary>A verb of closing that bans only a way in or across (cue class way) near it, or a place of business or a service
    /// (cue class closable) as its object or, in the passive, its subject ("closed the road to the airport", "closed dozens
    /// of exchange shops"); "the market closed higher" is none.</summary>
    ClosesWay = 134217728,
    /// <summary>A verb of holding that accuses only with a word of blame (cue class answerable) after its object, in the same
    /// clause ("held Washington responsible", "holds the American side fully responsible for the consequences"); "held talks",
    /// "held a rally" are none.</summary>
    HoldsAnswerable = 268435456,
    /// <summary>Force used on a crowd (tear gas, water cannon, live rounds): with no target told, the crowd its sentence names
    /// ("fired tear gas to reopen the road, and six protesters were detained") is the one it hit.</summary>
    OnCrowd = 536870912,
    /// <summary>A verb of taking that arrests only people held for a crime (cue class detainee) as its object or, in the passive,
    /// its subject ("officers picked up two men suspected of planting bombs", "border guards caught three infiltrators");
    /// "caught fire", "picked up the pace" are none.</summary>
    Detains = 1073741824,
    /// <summary>A verb that is its act only with an envoy (cue class envoy) as its object or, in the passive, its subject
    /// ("recalled the Iraqi ambassador in Ankara", "the Turkish envoy was recalled"); "residents recall the attack" is none.</summary>
    Envoy = 2147483648,
    /// <summary>A verb of removing that bans only an office-holder (cue class office-holder) as its object or, in the passive,
    /// its subject ("sacked the Basra police chief", "two senior officers were removed"); "removed the barriers" is none.</summary>
    Office = 1UL << 32,
    /// <summary>A verb of setting that attacks only with a word of burning (cue class afire) after its object in its clause
    /// ("set the tents alight", "set a military vehicle on fire"); "set a date", "set the tone" are none.</summary>
    Kindles = 1UL << 33,
}

/// <summary>The grammatical form a trigger word stands in.</summary>
[Flags]
public enum WordForm : byte
{
    None = 0,
    Base = 1,
    Third = 2,
    Past = 4,
    Participle = 8,
    Ing = 16,
    Singular = 32,
    Plural = 64,
}

/// <summary>One trigger: a word form of a verb or noun that states an event of a type.</summary>
public sealed record Trigger(string Type, string? Mode, bool IsVerb, WordForm Form, TriggerFlags Flags, string Lemma)
{
    public bool Is(TriggerFlags flag) => (Flags & flag) != 0;
}

/// <summary>A cue word of <c>data/events/cues.tsv</c>: its class and value.</summary>
public readonly record struct Cue(string Class, string Value)
{
    /// <summary>The word class of a cue asked of one word through its lexeme only (<see cref="EventLexicon.WordClasses"/>),
    /// which a sentence's cue hits leave out; <see cref="WordClass.None"/> for other cues.</summary>
    public WordClass Word { get; init; }

    public bool WordOnly => Word != WordClass.None;
}

/// <summary>The classes of single words in <c>cues.tsv</c> that the event rules ask of one word at a time, as bits
/// of the word's <see cref="Lexeme"/>: common words ("the", "was", "also") whose lists an analyst may extend.</summary>
[Flags]
public enum WordClass : ulong
{
    None = 0,
    /// <summary>A word after which a trigger is a noun ("the", "a", "his"): <c>noun-follows</c>.</summary>
    NounFollows = 1,
    /// <summary>A word after which a trigger is a verb ("to", "will"): <c>verb-follows</c>.</summary>
    VerbFollows = 2,
    /// <summary>An adjective of a relation noun ("close ties"): <c>relation-adjective</c>.</summary>
    RelationAdjective = 4,
    /// <summary>An adverb that may stand inside a verb group ("also", "reportedly", "never"): <c>adverb</c>.</summary>
    Adverb = 8,
    /// <summary>An auxiliary, modal or verb that takes an act as its complement ("were", "will", "preparing", "to"):
    /// <c>verb-group</c>.</summary>
    VerbGroup = 16,
    /// <summary>A plural noun of armed means after "its" or "their" ("aircraft", "troops", "drones"): <c>force-noun</c>.</summary>
    ForceNoun = 32,
    /// <summary>A word that may stand between a meeting's verb and the place it took place ("with", "leaders",
    /// "counterpart"): <c>meeting-link</c>.</summary>
    MeetingLink = 64,
    /// <summary>A noun of what is signed or reached ("agreement", "memorandum"): <c>accord</c>.</summary>
    Accord = 128,
    /// <summary>A word of compass direction before a place ("northern", "south-east"): <c>direction</c>.</summary>
    Direction = 256,
    /// <summary>A preposition of place ("in", "near", "across"): <c>place-preposition</c>.</summary>
    PlacePreposition = 512,
    /// <summary>A verb of advising or training whose present tense pledges help rather than tells it given: <c>advise-verb</c>.</summary>
    AdviseVerb = 1024,
    /// <summary>A verb by which a body lists a named one as something ("listed X as a terrorist"): <c>listing-verb</c>.</summary>
    ListingVerb = 2048,
    /// <summary>A noun of the name under which acts are claimed ("a banner under which", "an umbrella through which"):
    /// <c>name-noun</c>.</summary>
    NameNoun = 4096,
    /// <summary>A noun of a mission's civilian staff ("staff", "diplomats"): <c>staff</c>.</summary>
    Staff = 8192,
    /// <summary>A verb of condemning that names what it condemns "as" an attack: <c>condemn-verb</c>.</summary>
    CondemnVerb = 16384,
    /// <summary>A superlative that ranks an act among others ("the deadliest", "the worst"): <c>superlative</c>.</summary>
    Superlative = 32768,
    /// <summary>A noun of a crowd that protests ("protesters", "the crowd"): <c>crowd-noun</c>.</summary>
    CrowdNoun = 65536,
    /// <summary>People who leave as civilians, not as forces ("employees", "contractors", "families"): <c>leaving-civilians</c>.</summary>
    Civilians = 131072,
    /// <summary>The noun of forces sent to add to others ("reinforcements"): <c>reinforcements</c>.</summary>
    Reinforcements = 262144,
    /// <summary>A verb that declares a named one something ("designated the group a terrorist organisation"): <c>declaring-verb</c>.</summary>
    DeclaringVerb = 524288,
    /// <summary>A verb of command before a ban it orders ("ordered eight channels to close"): <c>command-verb</c>.</summary>
    CommandVerb = 1048576,
    /// <summary>A verb that tells an envoy to go ("ordered the ambassador to leave", "gave the envoy 48 hours"):
    /// <c>dismissal-verb</c>.</summary>
    DismissalVerb = 2097152,
    /// <summary>A noun of a list one is put on ("the terrorism list", "a blacklist"): <c>list-noun</c>.</summary>
    ListNoun = 1UL << 22,
    /// <summary>A noun of flights or planes that a ban stops ("a ban on flights to Erbil"): <c>flight-noun</c>.</summary>
    FlightNoun = 1UL << 23,
    /// <summary>A noun of one firing of several weapons, or "one", before "of" ("a salvo of rockets", "one of the drones"): <c>salvo-noun</c>.</summary>
    SalvoNoun = 1UL << 24,
    /// <summary>A noun of an aircraft that may be the one brought down ("a drone", "a passenger plane"): <c>aircraft-noun</c>.</summary>
    AircraftNoun = 1UL << 25,
    /// <summary>A currency after an amount ("50 million dollars"): <c>currency</c>.</summary>
    Currency = 1UL << 26,
    /// <summary>A plural noun of a mission's staff, not of one envoy ("diplomats", "personnel"): <c>envoy-staff</c>.</summary>
    EnvoyStaff = 1UL << 27,
    /// <summary>A noun of a weapon system after the word that says what it defends against ("C-RAM systems", "Patriot batteries"): <c>defence-system</c>.</summary>
    DefenceSystem = 1UL << 28,
    /// <summary>A noun of air defence ("defences", "C-RAM", "interceptors"): <c>defence-noun</c>.</summary>
    DefenceNoun = 1UL << 29,
    /// <summary>A noun of a killing ("the assassination of", "the murder of"): <c>killing-noun</c>.</summary>
    KillingNoun = 1UL << 30,
    /// <summary>A verb of blaming or charging one with an act ("blamed", "charged", "implicated"): <c>blame-verb</c>.</summary>
    BlameVerb = 1UL << 31,
    /// <summary>A noun of a convoy or its vehicles ("convoy", "tankers"): <c>convoy-noun</c>.</summary>
    ConvoyNoun = 1UL << 32,
    /// <summary>A word that may stand between an actor's name and its attack noun ("Iran's latest strike", "the alleged attack"): <c>attack-adjective</c>.</summary>
    AttackAdjective = 1UL << 33,
    /// <summary>A plural noun of vehicles counted as what was hit ("three vehicles", "two tankers"): <c>vehicle-plural</c>.</summary>
    VehiclePlural = 1UL << 34,
    /// <summary>A word that may qualify the sites a strike's count stands before ("weapons storage facilities", "militia command sites"): <c>site-qualifier</c>.</summary>
    SiteQualifier = 1UL << 35,
    /// <summary>A noun of a war or period after "since the" ("since the invasion", "since the fall of Mosul"): <c>era-noun</c>.</summary>
    EraNoun = 1UL << 36,
    /// <summary>A noun of reprisal before "for" ("in retaliation for", "in revenge for"): <c>reprisal-noun</c>.</summary>
    ReprisalNoun = 1UL << 37,
    /// <summary>A noun of a toll after "no" that is no toll of zero ("no figure was given", "no details"): <c>toll-noun</c>.</summary>
    TollNoun = 1UL << 38,
    /// <summary>A noun of an endeavour whose agent follows "by" ("efforts by the government to ..."): <c>endeavour-noun</c>.</summary>
    EndeavourNoun = 1UL << 39,
    /// <summary>A verb that tells when an act named as its subject took place ("the attack came two days before ..."): <c>occur-verb</c>.</summary>
    OccurVerb = 1UL << 40,
    /// <summary>A word of opening fire ("opened fire", "fired at the drones"): <c>fire-word</c>.</summary>
    FireWord = 1UL << 41,
    /// <summary>A form of "clash", whose "with" names the other side: <c>clash-verb</c>.</summary>
    ClashVerb = 1UL << 42,
    /// <summary>A verb of fighting between two named sides ("X and Y clashed", "fought"): <c>fight-verb</c>.</summary>
    FightVerb = 1UL << 43,
    /// <summary>A noun of asking or ordering before "to" ("calls to expel", "orders to withdraw"): <c>request-noun</c>.</summary>
    RequestNoun = 1UL << 44,
    /// <summary>A word of a great number of people ("hundreds", "thousands"): <c>great-count</c>.</summary>
    GreatCount = 1UL << 45,
    /// <summary>A noun of a military base ("base", "airbases"): <c>base-noun</c>.</summary>
    BaseNoun = 1UL << 46,
    /// <summary>A noun of help or cooperation whose "from", "of" or "with" names a partner ("with help from"): <c>partnership-noun</c>.</summary>
    PartnershipNoun = 1UL << 47,
    /// <summary>A noun that stands for a state after its people's word ("the Iranian consulate", "the Turkish side"): <c>state-noun</c>.</summary>
    StateNoun = 1UL << 48,
    /// <summary>A word of voting ("voted", "a vote"): <c>vote-word</c>.</summary>
    VoteWord = 1UL << 49,
    /// <summary>A word after "it is" that opens a sentence without naming anyone ("it is worth mentioning"): <c>opener-adjective</c>.</summary>
    OpenerAdjective = 1UL << 50,
    /// <summary>A verb that tells a state that lasts ("have become routine", "remain common"): <c>habit-verb</c>.</summary>
    HabitVerb = 1UL << 51,
    /// <summary>A word of visiting, whose object is the place ("will visit Baghdad"): <c>visit-word</c>.</summary>
    VisitWord = 1UL << 52,
    /// <summary>An adverb that may stand between a toll's number or victims and its verb ("were reportedly killed", "seriously wounded"): <c>toll-adverb</c>.</summary>
    TollAdverb = 1UL << 53,
    /// <summary>A word that introduces another name ("also known as", "aka", "nicknamed"): <c>alias-word</c>.</summary>
    AliasWord = 1UL << 54,
    /// <summary>A word of the kind of a military mission ("combat mission", "advisory mission"): <c>mission-kind</c>.</summary>
    MissionKind = 1UL << 55,
    /// <summary>A noun of a law or ruling a court may strike down ("struck down the law", "the ruling"): <c>law-noun</c>.</summary>
    LawNoun = 1UL << 56,
    /// <summary>A noun of a vote or contest one is beaten in ("beat him at the ballot box", "in the elections"): <c>election-noun</c>.</summary>
    ElectionNoun = 1UL << 57,
    /// <summary>A verb of asking or ordering before "that" ("demanded that the troops leave"): <c>asking-verb</c>.</summary>
    AskingVerb = 1UL << 58,
    /// <summary>A verb of ending ("ended the deployment", "the mission will close"): <c>ending-verb</c>.</summary>
    EndingVerb = 1UL << 59,
    /// <summary>A word that tells a state as lasting ("still occupy", "continue to occupy", "already"): <c>ongoing-word</c>.</summary>
    OngoingWord = 1UL << 60,
    /// <summary>A noun of sanctions whose aim is no target of an attack ("targeted by sanctions"): <c>sanction-noun</c>.</summary>
    SanctionNoun = 1UL << 61,
    /// <summary>A verb of planning or enabling an act one is accused of ("accused of planning to attack"): <c>plotting-verb</c>.</summary>
    PlottingVerb = 1UL << 62,
    /// <summary>A word of a charge or accusation ("accused of", "charged with", "convicted"): <c>charge-word</c>.</summary>
    ChargeWord = 1UL << 63,
}

/// <summary>
/// The event knowledge of <c>data/events/</c>: trigger words per type and mode
/// (<c>triggers.tsv</c>), the cue words around them (<c>cues.tsv</c>), the actor a site stands for
/// (<c>hosts.tsv</c>) and the forces that act for a government (<c>forces.tsv</c>). Loaded once,
/// checked, and compiled into phrase matchers.
/// </summary>
public sealed class EventLexicon
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    /// <summary>The types of physical events (FORMAT.md's "material" events).</summary>
    public static readonly IReadOnlySet<string> Material = new HashSet<string>(StringComparer.Ordinal)
    {
        "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION",
    };

    /// <summary>Whether the type is one of <see cref="Material"/>'s, without the set's interface call and hash (the
    /// readers ask it several times a trigger).</summary>
    public static bool IsMaterial(string? type) => type is "ASSAULT" or "COERCE" or "MOBILIZE" or "RETREAT" or "SANCTION";

    public static readonly IReadOnlyDictionary<string, string[]> Modes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ASSAULT"] = ["drone", "rocket", "missile", "ied", "airstrike", "gunfire", "unspecified"],
        ["COERCE"] = ["arrest", "seize", "ban"],
    };

    /// <summary>Classes of single words asked only of the word before or after a trigger, through the word's lexeme
    /// ("the" before "attack" makes it a noun): common words, which <see cref="SentenceCues"/> leaves out of a
    /// sentence's hits so that loops over them stay short.</summary>
    public static readonly IReadOnlyDictionary<string, WordClass> WordClasses = new Dictionary<string, WordClass>(StringComparer.Ordinal)
    {
        ["noun-follows"] = WordClass.NounFollows, ["verb-follows"] = WordClass.VerbFollows, ["relation-adjective"] = WordClass.RelationAdjective,
        ["adverb"] = WordClass.Adverb, ["verb-group"] = WordClass.VerbGroup, ["force-noun"] = WordClass.ForceNoun,
        ["meeting-link"] = WordClass.MeetingLink, ["accord"] = WordClass.Accord, ["direction"] = WordClass.Direction,
        ["place-preposition"] = WordClass.PlacePreposition, ["advise-verb"] = WordClass.AdviseVerb, ["listing-verb"] = WordClass.ListingVerb,
        ["name-noun"] = WordClass.NameNoun, ["staff"] = WordClass.Staff, ["condemn-verb"] = WordClass.CondemnVerb,
        ["superlative"] = WordClass.Superlative, ["crowd-noun"] = WordClass.CrowdNoun, ["leaving-civilians"] = WordClass.Civilians,
        ["reinforcements"] = WordClass.Reinforcements, ["declaring-verb"] = WordClass.DeclaringVerb,
        ["command-verb"] = WordClass.CommandVerb, ["dismissal-verb"] = WordClass.DismissalVerb,
        ["list-noun"] = WordClass.ListNoun, ["flight-noun"] = WordClass.FlightNoun, ["salvo-noun"] = WordClass.SalvoNoun, ["aircraft-noun"] = WordClass.AircraftNoun, ["currency"] = WordClass.Currency, ["envoy-staff"] = WordClass.EnvoyStaff, ["defence-system"] = WordClass.DefenceSystem, ["defence-noun"] = WordClass.DefenceNoun, ["killing-noun"] = WordClass.KillingNoun, ["blame-verb"] = WordClass.BlameVerb, ["convoy-noun"] = WordClass.ConvoyNoun, ["attack-adjective"] = WordClass.AttackAdjective, ["vehicle-plural"] = WordClass.VehiclePlural, ["site-qualifier"] = WordClass.SiteQualifier, ["era-noun"] = WordClass.EraNoun, ["reprisal-noun"] = WordClass.ReprisalNoun, ["toll-noun"] = WordClass.TollNoun,
        ["endeavour-noun"] = WordClass.EndeavourNoun, ["occur-verb"] = WordClass.OccurVerb, ["fire-word"] = WordClass.FireWord, ["clash-verb"] = WordClass.ClashVerb, ["fight-verb"] = WordClass.FightVerb, ["request-noun"] = WordClass.RequestNoun, ["great-count"] = WordClass.GreatCount, ["base-noun"] = WordClass.BaseNoun, ["partnership-noun"] = WordClass.PartnershipNoun, ["state-noun"] = WordClass.StateNoun, ["vote-word"] = WordClass.VoteWord, ["opener-adjective"] = WordClass.OpenerAdjective, ["habit-verb"] = WordClass.HabitVerb, ["visit-word"] = WordClass.VisitWord, ["toll-adverb"] = WordClass.TollAdverb, ["alias-word"] = WordClass.AliasWord, ["mission-kind"] = WordClass.MissionKind,
        ["law-noun"] = WordClass.LawNoun, ["election-noun"] = WordClass.ElectionNoun, ["asking-verb"] = WordClass.AskingVerb, ["ending-verb"] = WordClass.EndingVerb, ["ongoing-word"] = WordClass.OngoingWord, ["sanction-noun"] = WordClass.SanctionNoun, ["plotting-verb"] = WordClass.PlottingVerb, ["charge-word"] = WordClass.ChargeWord,
    };

    /// <summary>The cue classes whose one-word cues a sentence's cue reader (<see cref="SentenceCues"/>) asks of the word
    /// itself, through a bit of its lexeme (<see cref="Lexeme.WordCues"/>; a class's bit is its index here), instead of
    /// keeping them among the sentence's hits; their phrases of several words stay hits.</summary>
    /// <remarks>Which words are in a class stays in <c>cues.tsv</c>: a one-word cue of one of these classes sets the class's
    /// bit on its word when the word is first looked up. The 64 classes (a bit each) are those whose one-word cues were
    /// kept most as hits, counted over the synthetic corpus of <c>stages</c> and the tuning set (2026-11-22): 1.42M
    /// one-word hits a pass before, 1.28M of them of these classes ("the", "a" noun-before; "of", "in", "to" preposition;
    /// "the", "was" victims), which every range query and loop over the hits went through. A class read by a loop over
    /// <see cref="SentenceCues.Hits"/> (speech, mode, light, killed, ...) must not be here: the loop would miss its
    /// one-word cues.</remarks>
    public static readonly string[] WordCueClasses =
    [
        "victims", "preposition", "noun-before", "content-of", "combatants", "platform", "facility", "troops", "bare-forces",
        "demonym", "politics", "site-left", "seizable", "handed-site", "detainee", "state-strike", "causative", "site-noun",
        "duty", "person", "source", "remnant", "violence", "assailant", "future", "military-site", "aimed", "negation",
        "counted", "evacuee", "ground", "way", "vow", "own-forces", "weapon-site", "adjective", "joint", "crowd", "own-people",
        "dwelling", "closable", "weapon-verb", "many", "add-to", "civilians", "travel", "undergone", "held-by", "vehicle",
        "stance", "spokes-body", "reported-by", "command", "sends-to", "harm", "blockade", "topic", "appeal", "departure",
        "document", "thrown", "finance", "unconfirmed", "business"
    ];

    internal static readonly string[] CueClasses =
        ["future", "negation", "denial", "held-in", "flight-operator", "claim", "light", "answer", "ongoing", "mode", "state-strike", "killed", "injured", "zero", "revision",
         "qualifier", "many", "victims", "bare-forces", "person", "counted", "taken-to", "boundary", "speech", "preposition", "hypothetical", "noun-before", "content-of", "idiom", "commentator", "adjective", "demonym", "platform", "projectile", "vow", "label", "crowd", "offer", "sub-event", "facility", "persist", "receive", "envoy", "appeal", "finance", "report-bound", "troops", "own-forces", "culprits", "ground", "weapon-site", "business", "add-to", "recall", "continue", "topic", "departure", "remarks", "until", "assailant", "involvement", "accident", "seizable", "habit", "habitual", "effigy", "handed-site", "thrown", "violence", "aimed", "politics", "site-left", "civilians", "site-noun", "dwelling", "command", "own-people", "founding", "way", "reported-by", "held-by", "binding", "joint", "travel", "source", "closable", "evacuee", "undergone", "distance", "harm", "vehicle", "document", "spokes-body", "answerable", "military-site", "riot-gear", "blockade", "detainee", "state-service", "mutual", "weapon-verb", "left-state", "causative", "stance", "unconfirmed", "nationwide", "duty", "combatants", "road-vehicle", "one-way", "forecast", "untold", "alleged", "blast", "toll-rise", "consequence", "finding", "remnant", "crime-case", "sends-to", "posts-at", "ground-fire", "ground-noun", "office-holder", "definition", "abductor", "air-arm", "perpetrate", "route", "search-purpose", "possibility", "epithet", "employ", "staging-ground", "obligation", "backed-by", "harm-done", "fire-manner", "auxiliary", "hardship", "ordered-by", "ties-noun", "arms-store", "holding", "pretext", "controlled-blast", "announce-start", "lasting-span", "region-noun", "afire", "intangible", "tally-covers", "finite-aux", "bygone", "onset-verb", "alternative", "outcome-verb", "result-of", "answer-manner", "court", "named-again", "soldiers-of", "closure-cause", "insurgent", "shooter", "launched-thing", "excuse", "firm-hand", "remembered",
         // The word classes, named once in WordClasses.
         .. WordClasses.Keys];

    public PhraseMatcher<Trigger> Triggers { get; } = new();
    public PhraseMatcher<Cue> Cues { get; } = new();

    /// <summary>The one-word demonyms of the cues ("American", "Israeli"), lower case.</summary>
    public HashSet<string> Demonyms { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The one-word adjectives of the cues ("regional", "stern"), lower case.</summary>
    public HashSet<string> Adjectives { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Site place id → the actor an attack on the site hits.</summary>
    public IReadOnlyDictionary<string, string> Hosts { get; }

    /// <summary>Government actor id → the forces that act for it.</summary>
    public IReadOnlyDictionary<string, string> Forces { get; }

    /// <summary>The forces of a state as a whole (the values of <see cref="Forces"/>: "Iraqi security forces", "US forces").</summary>
    public IReadOnlySet<string> WholeForces { get; }

    /// <summary>Actors that are sites themselves (an embassy), not the forces a site hosts: an attack on
    /// one is a particular attack even when the text names no attacker.</summary>
    public IReadOnlySet<string> SiteActors { get; }

    // Word (any case) → what the lexicon knows of it, filled as documents are read; capped like WordCache.
    private readonly ConcurrentDictionary<string, Lexeme> _lexemes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> _lexemeLookup;
    private int _lexemeCount;
    private const int MaxLexemes = 500_000;

    /// <summary>What the lexicon knows of each word id, filled as words are first seen (the story's word layer reads it).</summary>
    internal LexemeTable ById { get; }

    /// <summary>What the lexicon knows of the word. Only for a loaded lexicon: phrases added later are not seen
    /// by words already looked up.</summary>
    internal Lexeme LexemeOf(ReadOnlySpan<char> word)
    {
        if (_lexemeLookup.TryGetValue(word, out var lexeme)) return lexeme;
        lexeme = new Lexeme(WordCache.Lower(word), Triggers.StartingWith(word), Cues.StartingWith(word), Numbers.Cardinal(word));
        if (_lexemeCount < MaxLexemes && _lexemes.TryAdd(word.ToString(), lexeme)) Interlocked.Increment(ref _lexemeCount);
        return lexeme;
    }

    private EventLexicon(Dictionary<string, string> hosts, Dictionary<string, string> forces)
    {
        _lexemeLookup = _lexemes.GetAlternateLookup<ReadOnlySpan<char>>();
        ById = new LexemeTable(this);
        Hosts = hosts;
        Forces = forces;
        WholeForces = forces.Values.ToHashSet(StringComparer.Ordinal);
        SiteActors = hosts.Values.Except(forces.Values).ToHashSet(StringComparer.Ordinal);
    }

    public static EventLexicon Load(string dataDir)
    {
        var folder = Path.Combine(dataDir, "events");
        var lex = new EventLexicon(Pairs(Path.Combine(folder, "hosts.tsv")), Pairs(Path.Combine(folder, "forces.tsv")));
        foreach (var line in DataFile.ReadTsv(Path.Combine(folder, "triggers.tsv"))) lex.AddTrigger(line);
        foreach (var line in DataFile.ReadTsv(Path.Combine(folder, "cues.tsv"))) lex.AddCue(line);
        return lex;
    }

    private static Dictionary<string, string> Pairs(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadTsv(path))
        {
            if (line.Fields.Length < 2 || line.Fields[0].Trim().Length == 0 || line.Fields[1].Trim().Length == 0)
                throw line.Error("expected two ids");
            map[line.Fields[0].Trim()] = line.Fields[1].Trim();
        }
        return map;
    }

    private static readonly WordForm[] VerbForms = [WordForm.Base, WordForm.Third, WordForm.Past, WordForm.Participle, WordForm.Ing];

    private void AddTrigger(DataLine line)
    {
        var f = line.Fields;
        if (f.Length < 4) throw line.Error("expected TYPE, MODE, KIND, FORMS[, FLAGS]");
        // The type and mode as the code spells them (string.Intern gives the literal's instance), as for the cue
        // classes: the rules compare them with literals ("ASSAULT") thousands of times an article, and an equal
        // pair is then a reference check, not a comparison of the characters.
        var type = string.Intern(f[0].Trim());
        if (!Types.Contains(type)) throw line.Error($"unknown type '{type}' (one of the 16 PLOVER types)");
        string? mode = f[1].Trim() is "-" or "" ? null : string.Intern(f[1].Trim());
        if (mode is not null && Modes.TryGetValue(type, out var allowed) && !allowed.Contains(mode))
            throw line.Error($"mode '{mode}' is not one of {type}'s: {string.Join(", ", allowed)}");
        var kind = f[2].Trim();
        if (kind is not ("verb" or "noun")) throw line.Error($"kind '{kind}' must be verb or noun");
        var forms = f[3].Split('|', StringSplitOptions.TrimEntries);
        var flags = TriggerFlags.None;
        if (f.Length > 4)
            foreach (var flag in f[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                flags |= flag switch
                {
                    "-" => TriggerFlags.None,
                    "speech" => TriggerFlags.Speech,
                    "weak" => TriggerFlags.Weak,
                    "subject-is-target" => TriggerFlags.SubjectIsTarget,
                    "future" => TriggerFlags.Future,
                    "negates" => TriggerFlags.Negates,
                    "particle" => TriggerFlags.Particle,
                    "toll" => TriggerFlags.Toll,
                    "resultative" => TriggerFlags.Resultative,
                    "intercept" => TriggerFlags.Intercept,
                    "light" => TriggerFlags.Light,
                    "vow" => TriggerFlags.Vow,
                    "label" => TriggerFlags.Label,
                    "demand" => TriggerFlags.Demand,
                    "attribution" => TriggerFlags.Attribution,
                    "object-to" => TriggerFlags.ObjectTo,
                    "weapon" => TriggerFlags.Weapon,
                    "troops" => TriggerFlags.Troops,
                    "of-attack" => TriggerFlags.OfAttack,
                    "listed" => TriggerFlags.Listed,
                    "seizes" => TriggerFlags.Seizes,
                    "arrives" => TriggerFlags.Arrives,
                    "mission-ends" => TriggerFlags.MissionEnds,
                    "hands-site" => TriggerFlags.HandsSite,
                    "hurls" => TriggerFlags.Hurls,
                    "warrant" => TriggerFlags.Warrant,
                    "closes" => TriggerFlags.Closes,
                    "evacuates" => TriggerFlags.Evacuates,
                    "closes-way" => TriggerFlags.ClosesWay,
                    "holds-answerable" => TriggerFlags.HoldsAnswerable,
                    "on-crowd" => TriggerFlags.OnCrowd,
                    "detains" => TriggerFlags.Detains,
                    "envoy" => TriggerFlags.Envoy,
                    "office" => TriggerFlags.Office,
                    "kindles" => TriggerFlags.Kindles,
                    _ => throw line.Error($"unknown flag '{flag}' (speech, weak, subject-is-target, future, negates, particle, toll, resultative, intercept, light, vow, label, demand, attribution, object-to, weapon, troops, of-attack, listed, seizes, arrives, hands-site, hurls, warrant, mission-ends, closes, evacuates, closes-way, holds-answerable, on-crowd, detains, envoy, office, kindles)"),
                };
        bool verb = kind == "verb";
        if (verb && forms.Length != 5) throw line.Error("a verb lists five forms: base|3rd person|past|past participle|-ing");
        if (!verb && forms.Length is < 1 or > 2) throw line.Error("a noun lists its singular and plural (or one form)");
        // A form that stands for several (the past and the participle of "attacked") is one entry.
        var byForm = new Dictionary<string, WordForm>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < forms.Length; i++)
        {
            if (forms[i].Length == 0) throw line.Error($"form {i + 1} is empty");
            var form = verb ? VerbForms[i] : forms.Length == 1 ? WordForm.Singular | WordForm.Plural : i == 0 ? WordForm.Singular : WordForm.Plural;
            byForm[forms[i]] = byForm.GetValueOrDefault(forms[i]) | form;
        }
        foreach (var (text, form) in byForm)
        {
            Triggers.Add(text, new Trigger(type, mode, verb, form, flags, forms[0]));
            // "were re-deployed", "re-opened the crossing": a word of "re" and a stem is written with a hyphen too.
            if (text.Length >= 6 && text.StartsWith("re", StringComparison.OrdinalIgnoreCase) && char.IsAsciiLetter(text[2]) && !text.Contains(' ')
                && !byForm.ContainsKey("re-" + text[2..]))
                Triggers.Add("re-" + text[2..], new Trigger(type, mode, verb, form, flags, forms[0]));
        }
    }

    private void AddCue(DataLine line)
    {
        var f = line.Fields;
        if (f.Length < 3) throw line.Error("expected CLASS, VALUE, PHRASES");
        // The class as the code spells it (an interned literal), so comparing a cue's class with "mode"
        // is most often a reference check.
        var cls = Array.Find(CueClasses, c => c == f[0].Trim())
            ?? throw line.Error($"unknown cue class '{f[0].Trim()}' (one of {string.Join(", ", CueClasses)})");
        var word = WordClasses.GetValueOrDefault(cls);
        foreach (var phrase in f[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (word != WordClass.None && phrase.Contains(' ')) throw line.Error($"'{phrase}': a {cls} cue is one word");
            Cues.Add(phrase, new Cue(cls, f[1].Trim()) { Word = word });
            if (cls == "demonym" && !phrase.Contains(' ')) Demonyms.Add(phrase);
            if (cls == "adjective" && !phrase.Contains(' ')) Adjectives.Add(phrase);
        }
    }
}
