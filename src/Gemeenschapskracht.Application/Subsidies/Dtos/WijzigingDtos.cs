using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Application.Subsidies.Dtos;

/// <summary>A wijziging or intrekking of a verlening or vaststelling (Awb 4:48–4:50) with its ground and what follows from it.</summary>
public sealed record WijzigingsbesluitDto(
    Guid Id, string Kenmerk, Guid BeschikkingId, Guid? VaststellingId, Guid OrganisatieId, WijzigingBetreft Betreft, Wijzigingsgrond Grond,
    string Artikel, bool Intrekking, long OudBedragEurocent, long NieuwBedragEurocent, string Toelichting, DateOnly WerkingVanaf, DateOnly? AfbouwTot,
    long BetaaldEurocent, long TerugvorderingEurocent, DateOnly? BetalenUiterlijk, DateTimeOffset GenomenOp);

public enum AfbouwsignaalSoort
{
    /// <summary>The subsidy ends within a year and nothing follows it yet: decide in time, with a phase-out term if it stops.</summary>
    Aflopend,
    /// <summary>A follow-up application was refused with a phase-out term.</summary>
    Geweigerd,
    /// <summary>The subsidy was lowered or ended for the future with a phase-out term (4:50).</summary>
    Afgebouwd,
}

/// <summary>An organisation subsidised three years or more in a row whose subsidy ends, was refused or is phased out (Awb 4:51, G-9).</summary>
public sealed record AfbouwsignaalDto(
    Guid OrganisatieId, string Organisatie, int AaneengeslotenJaren, AfbouwsignaalSoort Soort, string Kenmerk, DateOnly LooptTot, DateOnly? AfbouwTot);

public static class WijzigingMappings
{
    public static WijzigingsbesluitDto ToDto(this Wijzigingsbesluit w) => new(
        w.Id, w.Kenmerk, w.BeschikkingId, w.VaststellingId, w.OrganisatieId, w.Betreft, w.Grond, Wijzigingsgronden.Artikel(w.Grond), w.Intrekking,
        w.OudBedrag.Eurocent, w.NieuwBedrag.Eurocent, w.Toelichting, w.WerkingVanaf, w.AfbouwTot, w.Betaald.Eurocent, w.Terugvordering.Eurocent,
        w.BetalenUiterlijk, w.GenomenOp);
}
