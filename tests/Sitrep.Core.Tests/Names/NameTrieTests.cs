using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Tests.Support;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Names;

/// <summary>The part → key id look-up of two tries that share the parts' surface ids (<see cref="WordIds"/>).</summary>
public sealed class NameTrieTests
{
    private static readonly Tokenizer Tokenizer = new(Shared.Builder.Abbreviations);

    [Fact]
    public void Tries_sharing_surface_ids_each_give_their_own_key_ids_and_keep_giving_them()
    {
        var actors = new NameTrie(Tokenizer);
        var places = new NameTrie(Tokenizer);
        actors.Insert(actors.PartsOf("Kata'ib Hezbollah", intern: true));
        places.Insert(places.PartsOf("Basra", intern: true));
        places.Insert(places.PartsOf("Najaf", intern: true));
        places.Insert(places.PartsOf("Karbala", intern: true));
        places.Insert(places.PartsOf("Mosul", intern: true));
        places.Insert(places.PartsOf("Hezbollah", intern: true));
        int inActors = actors.PartsOf("Hezbollah", intern: false)[0].KeyId;
        int inPlaces = places.PartsOf("Hezbollah", intern: false)[0].KeyId;
        Assert.NotEqual(inActors, inPlaces);
        // The first look-up folds and stores; the later ones read what was stored.
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(inActors, actors.IdOfPart("Hezbollah"));
            Assert.Equal(inPlaces, places.IdOfPart("Hezbollah"));
            Assert.Equal(-1, actors.IdOfPart("Najaf"));
            Assert.Equal(places.PartsOf("Najaf", intern: false)[0].KeyId, places.IdOfPart("Najaf"));
        }
    }
}
