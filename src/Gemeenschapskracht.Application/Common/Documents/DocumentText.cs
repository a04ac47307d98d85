using System.Globalization;

namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>Dates and numbers as a Dutch reader writes them: "15 januari 2026", "1.234,5", "75%".</summary>
public static class DocumentText
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Nl);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    public static string Number(decimal? number) => number is { } n ? n.ToString("#,##0.##", Nl) : "–";

    /// <summary>A share from 0 to 1 as a whole percentage.</summary>
    public static string Percentage(decimal? share) => share is { } s ? $"{Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", Nl)}%" : "–";
}
