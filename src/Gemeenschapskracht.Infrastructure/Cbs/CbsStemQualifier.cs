using System.Globalization;
using System.Text;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// Makes measure stems unique. The full 85984NED table has topics whose stems collide
/// (<c>Appartement_54</c> under electricity and <c>Appartement_62</c> under gas), so a colliding
/// stem is prefixed with the title of the nearest ancestor group that tells them apart:
/// <c>GemiddeldAardgasverbruik.Appartement</c>. Group titles, unlike suffixes, are stable between years.
/// </summary>
internal static class CbsStemQualifier
{
    /// <param name="Ancestors">Titles of the topic's groups, nearest first.</param>
    public sealed record Topic(string Key, string Stem, IReadOnlyList<string> Ancestors);

    public static string[] Qualify(IReadOnlyList<Topic> topics)
    {
        var stems = topics.Select(t => t.Stem).ToArray();
        var collisions = Enumerable.Range(0, topics.Count)
            .GroupBy(i => topics[i].Stem, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);

        foreach (var collision in collisions)
        {
            int[] members = [.. collision];
            var qualifiers = FindDistinguishingQualifiers(members.Select(i => topics[i]).ToArray());
            for (int j = 0; j < members.Length; j++)
            {
                var topic = topics[members[j]];
                stems[members[j]] = qualifiers is null ? topic.Key : $"{qualifiers[j]}.{topic.Stem}";
            }
        }

        return stems;
    }

    private static string[]? FindDistinguishingQualifiers(Topic[] topics)
    {
        int depth = topics.Max(t => t.Ancestors.Count);
        for (int level = 0; level < depth; level++)
        {
            var qualifiers = topics
                .Select(t => level < t.Ancestors.Count ? ToIdentifier(t.Ancestors[level]) : "")
                .ToArray();
            if (qualifiers.All(q => q.Length > 0) && qualifiers.Distinct(StringComparer.Ordinal).Count() == qualifiers.Length)
            {
                return qualifiers;
            }
        }

        return null;
    }

    /// <summary>"Gemiddeld aardgasverbruik" → "GemiddeldAardgasverbruik"; "één" → "Een".</summary>
    internal static string ToIdentifier(string title)
    {
        var result = new StringBuilder(title.Length);
        bool startOfWord = true;
        foreach (char c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return result.ToString();
    }
}
