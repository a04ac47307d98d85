using Gemeenschapskracht.Domain.Dienstverleningsafspraken;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;

/// <summary>
/// A service agreement with its parties (ids and names), what it aims for and how, hours a week and price a year
/// (<c>JaarprijsEurocent</c>; <c>TotaalprijsEurocent</c> for every calendar year of the period), the residents' say,
/// the signatures and the review moments. <c>Professionals</c> (names of people) is empty for readers who are not a
/// party, the gemeente or the auditor.
/// </summary>
public sealed record DienstverleningsafspraakDto(
    Guid Id, Guid WijkId, string WijkNaam, Guid WijkbudgetId, Guid BudgetregelId,
    Guid BewonersorganisatieId, string BewonersorganisatieNaam, Guid AanbiederId, string AanbiederNaam,
    Opdrachtgeverschap Vorm, SoortWerk SoortWerk, string Resultaten, string Werkwijze, decimal UrenPerWeek, long JaarprijsEurocent, long TotaalprijsEurocent,
    DateOnly Van, DateOnly Tot, string SelectieRecht, string SturingRecht, string EvaluatieRecht, IReadOnlyList<string> Professionals,
    DienstverleningsafspraakStatus Status, IReadOnlyList<OndertekeningDto> Ondertekeningen, IReadOnlyList<EvaluatiemomentDto> Evaluatiemomenten,
    DateTimeOffset? GestartOp, string? Beeindigingsreden, DateOnly? BeeindigdOp, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

public sealed record OndertekeningDto(Partij Partij, string Door, DateTimeOffset Op);

public sealed record EvaluatiemomentDto(int Jaar, bool Vastgelegd, string? Samenvatting, string? VastgelegdDoor, DateTimeOffset? VastgelegdOp);

/// <summary>The names the DTO shows beside the ids.</summary>
public sealed record AfspraakNamen(string Wijk, string Bewonersorganisatie, string Aanbieder);

public static class DienstverleningsafspraakMappings
{
    public static DienstverleningsafspraakDto ToDto(this Dienstverleningsafspraak a, AfspraakNamen namen, bool metProfessionals) => new(
        a.Id, a.WijkId, namen.Wijk, a.WijkbudgetId, a.BudgetregelId, a.BewonersorganisatieId, namen.Bewonersorganisatie, a.AanbiederId, namen.Aanbieder,
        a.Vorm, a.SoortWerk, a.Resultaten, a.Werkwijze, a.UrenPerWeek, a.Jaarprijs.Eurocent, a.Totaalprijs.Eurocent, a.Van, a.Tot,
        a.Zeggenschap.Selectie, a.Zeggenschap.Sturing, a.Zeggenschap.Evaluatie, metProfessionals ? a.Professionals : [],
        a.Status, a.Ondertekeningen.Select(o => new OndertekeningDto(o.Partij, o.Door, o.Op)).ToList(),
        a.Evaluatiemomenten.Select(m => new EvaluatiemomentDto(m.Jaar, m.IsVastgelegd, m.Samenvatting, m.VastgelegdDoor, m.VastgelegdOp)).ToList(),
        a.GestartOp, a.Beeindigingsreden, a.BeeindigdOp, a.AangemaaktOp, a.GewijzigdOp);
}
