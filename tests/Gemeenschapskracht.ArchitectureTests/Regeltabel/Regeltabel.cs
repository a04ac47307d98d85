using System.Text;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.ArchitectureTests.Regeltabel;

/// <summary>Writes <c>docs/regels.md</c> from the catalogue, the marked members and the tests' traits.</summary>
internal static class Regeltabel
{
    public static string Markdown(ILookup<string, string> levenIn, ILookup<string, string> tests)
    {
        var tekst = new StringBuilder();
        tekst.AppendLine("# Regeltabel");
        tekst.AppendLine();
        tekst.AppendLine("<!-- Gegenereerd door RegeltabelTests (tests/Gemeenschapskracht.ArchitectureTests/Regeltabel); niet met de hand bewerken. -->");
        tekst.AppendLine();
        tekst.AppendLine("Every legal rule (Awb article, USK tier, ABRvS ruling) and guardrail (G-1 … G-10 of `../shared/design/domain.md` §7.2)");
        tekst.AppendLine("the product enforces: where it lives (members marked `[Regel(...)]`) and the tests that prove it (test methods with");
        tekst.AppendLine("`[Trait(\"Regel\", ...)]`). The table is generated from the code, and a test fails when it differs from this file or when");
        tekst.AppendLine("a rule has no test. Run one rule's tests with `dotnet test --filter \"Regel=Awb 4:34\"`. Regenerate after adding a rule:");
        tekst.AppendLine("`GK_REGELTABEL_SCHRIJVEN=1 dotnet test tests/Gemeenschapskracht.ArchitectureTests --filter Regeltabel`.");
        tekst.AppendLine("The product's other rules (states, permissions, validation) are in [rules.md](rules.md).");
        tekst.AppendLine();
        tekst.AppendLine("| regel | bron | omschrijving | leeft in | tests |");
        tekst.AppendLine("|---|---|---|---|---|");
        foreach (var regel in Regelcatalogus.Alle)
        {
            tekst.AppendLine($"| **{regel.Id}** | {regel.Bron} | {regel.Omschrijving} | {Lijst(levenIn[regel.Id])} | {Lijst(tests[regel.Id])} |");
        }
        return tekst.ToString();
    }

    private static string Lijst(IEnumerable<string> namen) => string.Join("<br>", namen.Select(n => $"`{n}`"));
}
