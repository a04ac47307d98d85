using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Administraties;

/// <summary>What is recorded of a coordinator: who, in which role, how many hours a week, since when and until when, for which groups.</summary>
public sealed record Coordinatorgegevens(string Naam, string Functie, decimal UrenPerWeek, DateOnly InDienstSinds, DateOnly? UitDienstPer,
    IReadOnlyList<Guid> AdministratieIds, string? Toelichting);

/// <summary>
/// A coordinator employed by the host (R5.5) who supports some of the groups it hosts. Recorded, never paid here: the
/// salary runs through the host's own payroll system and its cost is part of the host's budgeted costs, so no
/// declaratie or invoice pays a coordinator (<see cref="Declaraties.Opdrachtovereenkomst"/> refuses a contract in their name).
/// </summary>
[Verwerking("Coördinatoren van een host",
    "Vastleggen wie bij een hostorganisatie groepen begeleidt, en tegen welke kosten.",
    "Overeenkomst (AVG art. 6 lid 1 sub b) en de boekhouding (art. 52 AWR).",
    "Coördinatoren",
    "Zeven jaar na uitdiensttreding.")]
public sealed class Coordinator : IAudited, IPersoonsgegevensHouder
{
    public const decimal MeesteUrenPerWeek = 40m;

    private Coordinator() { }

    public Coordinator(Hostorganisatie host, Coordinatorgegevens gegevens, IReadOnlyList<Administratie> administraties, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        HostId = host.Id;
        HostOrganisatieId = host.OrganisatieId;
        AangemaaktOp = now;
        Wijzig(gegevens, administraties, now);
    }

    public Guid Id { get; private set; }

    public Guid HostId { get; private set; }

    public Guid HostOrganisatieId { get; private set; }

    [Persoonsgegeven("Naam")]
    public string Naam { get; private set; } = "";

    public string Functie { get; private set; } = "";

    public decimal UrenPerWeek { get; private set; }

    public DateOnly InDienstSinds { get; private set; }

    public DateOnly? UitDienstPer { get; private set; }

    /// <summary>The administraties (groups) of this host the coordinator supports.</summary>
    public IReadOnlyList<Guid> AdministratieIds { get; private set; } = [];

    public string? Toelichting { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public bool IsInDienst(DateOnly dag) => InDienstSinds <= dag && (UitDienstPer is null || UitDienstPer >= dag);

    /// <summary>Replaces what is recorded; <paramref name="administraties"/> are the host's administraties the ids name.</summary>
    public void Wijzig(Coordinatorgegevens g, IReadOnlyList<Administratie> administraties, DateTimeOffset now)
    {
        if (Tekst.IsBlank(g.Naam))
            throw new DomainException("Geef de naam van de coördinator.");
        if (Tekst.IsBlank(g.Functie))
            throw new DomainException("Geef de functie van de coördinator bij de host.");
        if (g.UrenPerWeek <= 0 || g.UrenPerWeek > MeesteUrenPerWeek || decimal.Round(g.UrenPerWeek, 2) != g.UrenPerWeek)
            throw new DomainException($"De uren per week zijn groter dan nul en hoogstens {MeesteUrenPerWeek:0}, in hoogstens twee decimalen.");
        if (g.UitDienstPer is { } uit && uit < g.InDienstSinds)
            throw new DomainException("De datum uit dienst ligt op of na de datum in dienst.");
        var ids = g.AdministratieIds.Distinct().ToList();
        if (ids.Any(id => administraties.All(a => a.Id != id || a.HostId != HostId)))
            throw new DomainException("Een coördinator van deze host ondersteunt alleen groepen die deze host host.");
        Naam = g.Naam.Trim();
        Functie = g.Functie.Trim();
        UrenPerWeek = g.UrenPerWeek;
        InDienstSinds = g.InDienstSinds;
        UitDienstPer = g.UitDienstPer;
        AdministratieIds = ids;
        Toelichting = Tekst.IsBlank(g.Toelichting) ? null : g.Toelichting!.Trim();
        GewijzigdOp = now;
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Naam], ("Naam", Naam), ("Functie", Functie), ("In dienst sinds", $"{InDienstSinds:dd-MM-yyyy}"));

    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count > 0)
            Naam = pseudoniem;
    }
}
