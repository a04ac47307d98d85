using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>
/// The recipient's report on a granted subsidy, asking only what its tier needs (G-4, G-10): what was done, and from the
/// highest tier on the costs, a financial account and an accountant's statement. Below the lowest threshold no report is
/// asked, unless the subsidy was drawn in the steekproef; then it shows that the activities took place. Where a host keeps
/// the group's books, the financial part is generated from them and kept with the report as it was when submitted (G-4,
/// ADR 0028): the recipient enters no costs and writes no financial account.
/// </summary>
public sealed class Verantwoording : IAudited
{
    private Verantwoording() { }

    private Verantwoording(Beschikking beschikking, string activiteitenverslag, Bedrag? kosten, string? financieelVerslag, bool accountantsverklaring,
        FinancieleVerantwoording? uitAdministratie, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        BeschikkingId = beschikking.Id;
        OrganisatieId = beschikking.OrganisatieId;
        Niveau = beschikking.Niveau!.Value;
        Activiteitenverslag = activiteitenverslag.Trim();
        GerealiseerdeKosten = kosten;
        FinancieelVerslag = Tekst.OfNull(financieelVerslag);
        Accountantsverklaring = accountantsverklaring;
        UitAdministratie = uitAdministratie;
        IngediendOp = now;
    }

    public Guid Id { get; private set; }

    public Guid BeschikkingId { get; private set; }

    public Guid OrganisatieId { get; private set; }

    public Verantwoordingsniveau Niveau { get; private set; }

    /// <summary>What was done, in the organisation's own words.</summary>
    public string Activiteitenverslag { get; private set; } = "";

    /// <summary>The costs actually made, for the highest tier only.</summary>
    public Bedrag? GerealiseerdeKosten { get; private set; }

    public string? FinancieelVerslag { get; private set; }

    /// <summary>That the accountant's statement is enclosed (highest tier).</summary>
    public bool Accountantsverklaring { get; private set; }

    /// <summary>The financial part generated from the host's books when the report was submitted; null where no host keeps them.</summary>
    public FinancieleVerantwoording? UitAdministratie { get; private set; }

    public DateTimeOffset IngediendOp { get; private set; }

    [Regel(Regelcatalogus.G4)]
    [Regel(Regelcatalogus.G10)]
    public static Verantwoording DienIn(Beschikking beschikking, string activiteitenverslag, Bedrag? kosten, string? financieelVerslag,
        bool accountantsverklaring, DateTimeOffset now, FinancieleVerantwoording? uitAdministratie = null)
    {
        if (beschikking.Soort != BesluitSoort.Verlening || beschikking.Niveau is not { } niveau)
            throw new DomainException("Op een weigering wordt niets verantwoord.");
        if (beschikking.VaststellingId is not null)
            throw new DomainException("Deze subsidie is al vastgesteld; er hoeft niets meer verantwoord te worden.");
        if (niveau == Verantwoordingsniveau.ZonderVerslag && !beschikking.InSteekproef)
            throw new DomainException("Voor deze subsidie vragen wij geen verslag: de gemeente stelt haar vast zonder verslag. U hoeft niets te doen.");
        if (Tekst.IsBlank(activiteitenverslag))
            throw new DomainException("Beschrijf in een paar zinnen wat er is gedaan.");
        if (uitAdministratie is not null && (kosten is not null || !Tekst.IsBlank(financieelVerslag)))
            throw new DomainException($"Het financiële deel komt uit de administratie die {uitAdministratie.Host} voor u bijhoudt; u vult geen kosten en geen financieel verslag in (G-4).");
        if (uitAdministratie is not null)
            kosten = uitAdministratie.TotaalLasten.Gerealiseerd;
        var financieel = (kosten is not null && uitAdministratie is null) || !Tekst.IsBlank(financieelVerslag) || accountantsverklaring;
        if (niveau != Verantwoordingsniveau.VerslagEnJaarrekening && financieel)
            throw new DomainException("Voor dit bedrag vragen wij geen financieel verslag en geen accountantsverklaring; laat die velden leeg.");
        if (niveau == Verantwoordingsniveau.VerslagEnJaarrekening && uitAdministratie is not null && !accountantsverklaring)
            throw new DomainException("Bij dit bedrag hoort een accountantsverklaring; het financiële deel zelf komt uit de administratie.");
        if (niveau == Verantwoordingsniveau.VerslagEnJaarrekening && uitAdministratie is null && (kosten is null || Tekst.IsBlank(financieelVerslag) || !accountantsverklaring))
            throw new DomainException("Bij dit bedrag horen de gemaakte kosten, een financieel verslag en een accountantsverklaring.");
        // Below the highest tier the generated figures are kept for the gemeente, but the costs are not asked (G-10).
        if (niveau != Verantwoordingsniveau.VerslagEnJaarrekening)
            kosten = null;
        return new Verantwoording(beschikking, activiteitenverslag, kosten, financieelVerslag, accountantsverklaring, uitAdministratie, now);
    }
}
