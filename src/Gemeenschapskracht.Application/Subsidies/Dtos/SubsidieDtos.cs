using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Application.Subsidies.Dtos;

public sealed record ToetsingscriteriumDto(string Naam, string Toelichting);

public sealed record CriteriumoordeelDto(string Criterium, Rubriekniveau Niveau);

public sealed record MededingingsruimteDto(MededingingsSoort Soort, string Verantwoording, DateOnly Datum);

/// <summary>A regeling with its plafond and what is left of it.</summary>
public sealed record SubsidieregelingDto(
    Guid Id, string Titel, string Grondslag, Guid WijkbudgetId, IReadOnlyList<Guid> RegelIds, long PlafondEurocent, DateOnly PlafondVan,
    DateOnly PlafondTot, long VerleendEurocent, long ResterendEurocent, IReadOnlyList<ToetsingscriteriumDto> Criteria, string Verdeelwijze, string Aanvragers,
    int BeslistermijnWeken, long VierOgenVanafEurocent, MededingingsruimteDto? Mededingingsruimte, RegelingStatus Status, DateTimeOffset? GepubliceerdOp, DateTimeOffset GewijzigdOp);

/// <summary>A review: the rubric level per criterion, the advice and its reasoning (levels are never totalled, G-1).</summary>
public sealed record BeoordelingDto(string Beoordelaar, Advies Advies, IReadOnlyList<CriteriumoordeelDto> Oordelen, string Toelichting, DateTimeOffset Op);

public sealed record AanvraagbesluitDto(BesluitSoort Soort, long BedragEurocent, string Motivering, DateTimeOffset Op, Guid BeschikkingId);

/// <summary>An application with where it stands: the beslistermijn, a question for completion, a delay, the decision.</summary>
public sealed record SubsidieaanvraagDto(
    Guid Id, Guid RegelingId, Guid OrganisatieId, string? Groepsnaam, string Plan, long BedragEurocent, DateOnly Van, DateOnly Tot,
    IReadOnlyList<Guid> AmbitieIds, AanvraagStatus Status, DateTimeOffset? IngediendOp, DateOnly? Beslistermijn, string? AanvullingVraag,
    string? Verdaging, IReadOnlyList<BeoordelingDto> Beoordelingen, AanvraagbesluitDto? Besluit, DateTimeOffset GewijzigdOp);

public static class SubsidieMappings
{
    public static SubsidieregelingDto ToDto(this Subsidieregeling r) => new(
        r.Id, r.Titel, r.Grondslag, r.WijkbudgetId, r.RegelIds, r.Plafond.Bedrag.Eurocent, r.Plafond.Van, r.Plafond.Tot, r.Verleend.Eurocent,
        r.Resterend.Eurocent, r.Criteria.Select(c => new ToetsingscriteriumDto(c.Naam, c.Toelichting)).ToList(), r.Verdeelwijze, r.Aanvragers, r.BeslistermijnWeken, r.VierOgenVanaf.Eurocent,
        r.Mededingingsruimte is { } m ? new MededingingsruimteDto(m.Soort, m.Verantwoording, m.Datum) : null, r.Status, r.GepubliceerdOp, r.GewijzigdOp);

    public static SubsidieaanvraagDto ToDto(this Subsidieaanvraag a) => new(
        a.Id, a.RegelingId, a.OrganisatieId, a.Groepsnaam, a.Plan, a.Bedrag.Eurocent, a.Van, a.Tot, a.AmbitieIds, a.Status, a.IngediendOp,
        a.Beslistermijn, a.AanvullingVraag, a.Verdaging, a.Beoordelingen.Select(b => new BeoordelingDto(b.Beoordelaar, b.Advies,
            (b.Oordelen ?? []).Select(o => new CriteriumoordeelDto(o.Criterium, o.Niveau)).ToList(), b.Toelichting, b.Op)).ToList(),
        a.Besluit is { } b ? new AanvraagbesluitDto(b.Soort, b.Bedrag.Eurocent, b.Motivering, b.Op, b.BeschikkingId) : null, a.GewijzigdOp);
}
