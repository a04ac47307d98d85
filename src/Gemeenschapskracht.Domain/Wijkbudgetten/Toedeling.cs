using System.Globalization;
using System.Numerics;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>A figure of a wijk as the allocation reads it: its value (null when unknown), year and source.</summary>
public sealed record Meting(decimal? Waarde, int Jaar, string Bron);

/// <summary>What the allocation knows of one wijk: its figures by measure and the number of needs in its latest published wijkbeeld (null: none published).</summary>
public sealed record WijkGegevens(Guid WijkId, string Code, string Naam, IReadOnlyDictionary<string, Meting> Cijfers, int? Behoeften);

/// <summary>One line of the calculation of a wijk: what the criterion counted for it and the cents it gives.</summary>
public sealed record Toedelingsregel(Guid CriteriumId, string Criterium, decimal Score, string Toelichting, Bedrag Bedrag);

public sealed record WijkToedeling(Guid WijkId, string Code, string Naam, Bedrag Totaal, IReadOnlyList<Toedelingsregel> Regels);

/// <summary>The part of the envelope a criterion divides (its weight of the envelope) and what it counted over all wijken.</summary>
public sealed record Criteriumdeel(Guid CriteriumId, string Naam, Aandeel Gewicht, Bedrag Bedrag, decimal TotaleScore);

/// <summary>
/// The proposed allocation of one year's envelope over the wijken, with the calculation line by line (R4.1). The
/// envelope is first divided over the criteria by weight, then each criterion's part over the wijken by what it
/// counts there, both with <see cref="Verdeling"/>: every part is whole cents and the wijken add up to the envelope
/// exactly. A figure that is unknown for a wijk is never read as zero: the allocation is then not made, and
/// <see cref="Ontbrekend"/> says which figure of which wijk is missing.
/// </summary>
public sealed record Toedeling(Bedrag Envelop, IReadOnlyList<Criteriumdeel> Criteria, IReadOnlyList<WijkToedeling> Wijken, IReadOnlyList<string> Ontbrekend)
{
    /// <summary>Scores are counted to six decimals (figures have at most four, a percentage of inhabitants adds two).</summary>
    private const decimal Schaal = 1_000_000m;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public bool IsBerekend => Ontbrekend.Count == 0;

    public static Toedeling Bereken(MethodiekInhoud inhoud, IReadOnlyList<WijkGegevens> wijken)
    {
        var envelop = inhoud.EnvelopPerJaar;
        if (wijken.Count == 0)
            return new Toedeling(envelop, [], [], ["De gemeente heeft nog geen wijken; importeer eerst de wijkindeling."]);
        var geordend = wijken.OrderBy(w => w.Code, StringComparer.Ordinal).ToList();
        var scores = inhoud.Criteria.ToDictionary(c => c.Id, c => geordend.Select(w => Score(c, w)).ToList());
        var ontbrekend = scores.Values.SelectMany(s => s).Where(s => s.Ontbreekt is not null).Select(s => s.Ontbreekt!).Distinct().ToList();
        foreach (var criterium in inhoud.Criteria.Where(c => ontbrekend.Count == 0 && scores[c.Id].All(s => s.Waarde == 0)))
            ontbrekend.Add($"Het criterium '{criterium.Naam}' telt in geen enkele wijk iets; het kan niets verdelen.");
        if (ontbrekend.Count > 0)
            return new Toedeling(envelop, [], [], ontbrekend);

        var potten = Verdeling.Verdeel(envelop.Eurocent, inhoud.Criteria.Select(c => new BigInteger(c.Gewicht.Basispunten)).ToList());
        var regels = geordend.Select(_ => new List<Toedelingsregel>()).ToList();
        var delen = new List<Criteriumdeel>();
        for (var c = 0; c < inhoud.Criteria.Count; c++)
        {
            var criterium = inhoud.Criteria[c];
            var perWijk = scores[criterium.Id];
            var bedragen = Verdeling.Verdeel(potten[c], perWijk.Select(s => new BigInteger(decimal.Truncate(s.Waarde * Schaal))).ToList());
            delen.Add(new Criteriumdeel(criterium.Id, criterium.Naam, criterium.Gewicht, new Bedrag(potten[c]), perWijk.Sum(s => s.Waarde)));
            for (var w = 0; w < geordend.Count; w++)
                regels[w].Add(new Toedelingsregel(criterium.Id, criterium.Naam, perWijk[w].Waarde, perWijk[w].Toelichting, new Bedrag(bedragen[w])));
        }
        var toedelingen = geordend.Select((w, i) => new WijkToedeling(w.WijkId, w.Code, w.Naam,
            regels[i].Aggregate(Bedrag.Nul, (som, r) => som + r.Bedrag), regels[i])).ToList();
        return new Toedeling(envelop, delen, toedelingen, []);
    }

    private sealed record Telling(decimal Waarde, string Toelichting, string? Ontbreekt);

    private static Telling Score(Criterium criterium, WijkGegevens wijk)
    {
        switch (criterium.Soort)
        {
            case CriteriumSoort.Gelijk:
                return new Telling(1, "gelijk deel per wijk", null);
            case CriteriumSoort.Behoeften:
                return wijk.Behoeften is { } aantal
                    ? new Telling(aantal, $"{aantal} behoeften in het gepubliceerde wijkbeeld", null)
                    : new Telling(0, "", $"{wijk.Naam} heeft nog geen gepubliceerd wijkbeeld (criterium '{criterium.Naam}').");
            case CriteriumSoort.Aantal:
                return Meet(criterium, wijk, criterium.Maatstaf!) is { } meting
                    ? new Telling(meting.Waarde!.Value, $"{Getal(meting.Waarde.Value)} ({meting.Bron}, {meting.Jaar})", null)
                    : new Telling(0, "", Mist(criterium, wijk, criterium.Maatstaf!));
            default:
                var percentage = Meet(criterium, wijk, criterium.Maatstaf!);
                var inwoners = Meet(criterium, wijk, Criterium.Inwoners);
                if (percentage is null || inwoners is null)
                    return new Telling(0, "", Mist(criterium, wijk, percentage is null ? criterium.Maatstaf! : Criterium.Inwoners));
                var waarde = percentage.Waarde!.Value * inwoners.Waarde!.Value / 100m;
                return new Telling(waarde, $"{Getal(percentage.Waarde.Value)} % van {Getal(inwoners.Waarde.Value)} inwoners = {Getal(waarde)} ({percentage.Bron}, {percentage.Jaar})", null);
        }
    }

    private static Meting? Meet(Criterium criterium, WijkGegevens wijk, string maatstaf) =>
        wijk.Cijfers.TryGetValue(maatstaf, out var meting) && meting.Waarde is >= 0 ? meting : null;

    private static string Mist(Criterium criterium, WijkGegevens wijk, string maatstaf) =>
        $"Van {wijk.Naam} is het cijfer '{maatstaf}' niet bekend of negatief (criterium '{criterium.Naam}'); kies een ander cijfer of criterium, of vul het cijfer aan.";

    private static string Getal(decimal waarde) => waarde.ToString("#,##0.##", Dutch);
}
