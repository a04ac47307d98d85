using Gemeenschapskracht.Application.Common.Interfaces;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Gemeenschapskracht.Infrastructure.Themas;

/// <summary>
/// Recurring themes with Lucene's Dutch analyzer: its stop list drops the function words and its Snowball stemmer joins
/// the inflections of a word; each stem is shown in the form most often written.
/// </summary>
public sealed class LuceneThemaherkenning : IThemaherkenning
{
    private const int KortsteWoord = 4;

    public IReadOnlyList<TerugkerendThema> TerugkerendeThemas(IReadOnlyList<string> teksten, int hoogstens)
    {
        var perStam = new Dictionary<string, (HashSet<int> Teksten, Dictionary<string, int> Vormen)>();
        using var analyzer = new DutchAnalyzer(LuceneVersion.LUCENE_48);
        for (var i = 0; i < teksten.Count; i++)
        {
            foreach (var (stam, vorm) in Woorden(analyzer, teksten[i]))
            {
                if (!perStam.TryGetValue(stam, out var gevonden))
                    perStam[stam] = gevonden = ([], []);
                gevonden.Teksten.Add(i);
                gevonden.Vormen[vorm] = gevonden.Vormen.GetValueOrDefault(vorm) + 1;
            }
        }
        return [.. perStam.Values.Where(s => s.Teksten.Count >= 2)
            .Select(s => new TerugkerendThema(s.Vormen.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key, s.Teksten.Count))
            .OrderByDescending(t => t.Teksten).ThenBy(t => t.Thema, StringComparer.Ordinal)
            .Take(hoogstens)];
    }

    private static IEnumerable<(string Stam, string Vorm)> Woorden(DutchAnalyzer analyzer, string tekst)
    {
        using var stream = analyzer.GetTokenStream("tekst", new StringReader(tekst));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var woorden = new List<(string, string)>();
        while (stream.IncrementToken())
        {
            var vorm = tekst[offset.StartOffset..offset.EndOffset].ToLowerInvariant();
            if (vorm.Length >= KortsteWoord && vorm.All(char.IsLetter))
                woorden.Add((term.ToString(), vorm));
        }
        stream.End();
        return woorden;
    }
}
