using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>
/// What a wijkbeeld tells (R2.1–R2.9): the team's reading of the figures, the history, informal structures,
/// initiatives, professional deployment, collaborations, conversation rounds, needs and the wijkopbouwpunt decision.
/// The CBS figures are not copied in: they are the wijk's, read live beside this content.
/// </summary>
public sealed record WijkbeeldInhoud(
    string? Duiding,
    IReadOnlyList<GeschiedenisItem> Geschiedenis,
    IReadOnlyList<InformeleStructuur> InformeleStructuren,
    IReadOnlyList<Initiatief> Initiatieven,
    IReadOnlyList<ProfessioneleInzet> Inzet,
    IReadOnlyList<Samenwerking> Samenwerkingen,
    IReadOnlyList<Gespreksronde> Gespreksrondes,
    IReadOnlyList<Behoefte> Behoeften,
    WijkopbouwpuntBesluit? Wijkopbouwpunt)
{
    public static WijkbeeldInhoud Leeg => new(null, [], [], [], [], [], [], [], null);

    public IEnumerable<IWijkbeeldItem> Items =>
        Geschiedenis.Cast<IWijkbeeldItem>().Concat(InformeleStructuren).Concat(Initiatieven).Concat(Inzet)
            .Concat(Samenwerkingen).Concat(Gespreksrondes).Concat(Behoeften);

    /// <summary>Refuses content that cannot be true: more hours than a week has, negative counts, a round without participants.</summary>
    public void Controleer()
    {
        foreach (var inzet in Inzet)
        {
            if (inzet.UrenInWijk < 0 || inzet.UrenElders < 0 || inzet.JarenAanwezig < 0)
                throw new DomainException($"De inzet van '{inzet.Functie}' ({inzet.Organisatie}) kan geen negatieve uren of jaren hebben.");
            if (inzet.UrenInWijk + inzet.UrenElders > ProfessioneleInzet.UrenPerWeek)
                throw new DomainException($"De inzet van '{inzet.Functie}' ({inzet.Organisatie}) telt meer dan {ProfessioneleInzet.UrenPerWeek} uur per week; een week heeft er niet meer.");
        }
        foreach (var ronde in Gespreksrondes)
        {
            var d = ronde.Deelnemers;
            if (d.Bewoners < 0 || d.Professionals < 0 || d.Ambtenaren < 0 || d.Ondernemers < 0)
                throw new DomainException($"De gespreksronde van {ronde.Datum:dd-MM-yyyy} kan geen negatief aantal deelnemers hebben.");
            if (d.Totaal == 0)
                throw new DomainException($"Aan de gespreksronde van {ronde.Datum:dd-MM-yyyy} deed niemand mee; tel de deelnemers per groep.");
        }
        var ids = new HashSet<Guid>();
        if (Items.Any(i => !ids.Add(i.Id)))
            throw new DomainException("Twee onderdelen van het wijkbeeld hebben hetzelfde id.");
    }
}
