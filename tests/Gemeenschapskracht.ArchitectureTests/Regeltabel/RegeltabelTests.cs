using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.ArchitectureTests.Regeltabel;

/// <summary>The rule table cannot drift: it is generated, and every rule has a home and a test.</summary>
public sealed partial class RegeltabelTests
{
    private static readonly Lazy<ILookup<string, string>> LevenIn = new(RegelVindplaatsen.LevenIn);
    private static readonly Lazy<ILookup<string, string>> Tests = new(RegelVindplaatsen.Tests);

    [Fact]
    public void Every_rule_lives_in_a_marked_member_and_has_a_test()
    {
        var zonderPlek = Regelcatalogus.Alle.Where(r => !LevenIn.Value.Contains(r.Id)).Select(r => r.Id).ToList();
        var zonderTest = Regelcatalogus.Alle.Where(r => !Tests.Value.Contains(r.Id)).Select(r => r.Id).ToList();

        Assert.True(zonderPlek.Count == 0, $"Geen lid met [Regel] voor: {string.Join(", ", zonderPlek)}");
        Assert.True(zonderTest.Count == 0, $"Geen test met [Trait(\"Regel\", …)] voor: {string.Join(", ", zonderTest)}");
    }

    [Fact]
    public void Marks_and_traits_name_only_rules_of_the_catalogue()
    {
        var bekend = Regelcatalogus.Alle.Select(r => r.Id).ToHashSet();
        var onbekend = LevenIn.Value.Select(g => g.Key).Concat(Tests.Value.Select(g => g.Key)).Where(id => !bekend.Contains(id)).Distinct();

        Assert.Empty(onbekend);
    }

    [Fact]
    public void Every_guardrail_of_the_domain_brief_is_in_the_catalogue()
    {
        var brief = Path.Combine(Repository.Root, "..", "shared", "design", "domain.md");
        var genoemd = File.Exists(brief)
            ? Guardrail().Matches(File.ReadAllText(brief)).Select(m => m.Groups[1].Value).Distinct().ToList()
            : Enumerable.Range(1, 10).Select(n => $"G-{n}").ToList();

        Assert.Equal(10, genoemd.Count);
        Assert.All(genoemd, id => Assert.Contains(Regelcatalogus.Alle, r => r.Id == id));
    }

    [Fact]
    public void The_rule_table_in_docs_is_the_generated_one()
    {
        var verwacht = Regeltabel.Markdown(LevenIn.Value, Tests.Value);
        var bestand = Path.Combine(Repository.Root, "docs", "regels.md");
        if (Environment.GetEnvironmentVariable("GK_REGELTABEL_SCHRIJVEN") == "1")
        {
            File.WriteAllText(bestand, verwacht);
        }

        var huidig = File.Exists(bestand) ? File.ReadAllText(bestand).ReplaceLineEndings("\n") : "";
        Assert.True(huidig == verwacht.ReplaceLineEndings("\n"),
            "docs/regels.md is niet de gegenereerde tabel; schrijf hem opnieuw met GK_REGELTABEL_SCHRIJVEN=1 (zie de kop van het bestand).");
    }

    [GeneratedRegex(@"\*\*(G-\d+)\*\*")]
    private static partial Regex Guardrail();
}
