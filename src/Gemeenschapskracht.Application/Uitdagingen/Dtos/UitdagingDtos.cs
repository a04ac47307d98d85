using Gemeenschapskracht.Domain.Uitdagingen;

namespace Gemeenschapskracht.Application.Uitdagingen.Dtos;

public sealed record BeoordelingscriteriumDto(int Nummer, string Naam, string Toelichting);

/// <summary>The participatieverordening in force: its terms, the published criteria and the excluded tasks (version 0: the model).</summary>
public sealed record ParticipatieverordeningDto(
    int Versie, string Referentie, DateOnly VastgesteldOp, int OntvankelijkheidWeken, int BesluitWeken,
    IReadOnlyList<BeoordelingscriteriumDto> Criteria, IReadOnlyList<string> UitgeslotenTaken, DateTimeOffset GewijzigdOp);

public sealed record UitdagingOordeelDto(int Nummer, string Naam, bool Voldaan, string Toelichting);

public sealed record OverdrachtDto(OverdrachtSoort Soort, Guid? DocumentId, string Omschrijving, DateOnly Per, DateTimeOffset VastgelegdOp);

public sealed record MonitoringnotitieDto(int Nummer, DateOnly Datum, string Tekst, string Door);

/// <summary>A challenge as the gemeente and the challenger see it, with the contact of a group of residents.</summary>
public sealed record UitdagingDto(
    Guid Id, string Kenmerk, int VerordeningVersie, Guid? OrganisatieId, string Uitdager, string? Groepsnaam, string? Contactnaam, string? ContactEmail,
    string Taak, Guid? WijkId, string Voorstel, long BedragEurocent, DateOnly Van, DateOnly Tot, UitdagingStatus Status, DateTimeOffset IngediendOp,
    DateOnly OntvankelijkheidUiterlijk, bool OntvankelijkheidTeLaat, DateTimeOffset? OntvankelijkheidBesluitOp, string? NietOntvankelijkReden,
    DateOnly? BesluitUiterlijk, IReadOnlyList<BeoordelingscriteriumDto> Criteria, IReadOnlyList<UitdagingOordeelDto> Oordelen, string? Motivering,
    DateTimeOffset? BesluitOp, DateOnly? BezwaarUiterlijk, OverdrachtDto? Overdracht, IReadOnlyList<MonitoringnotitieDto> Monitoring, string? Evaluatie,
    DateTimeOffset? GeevalueerdOp);

/// <summary>A challenge on the public list: the task, who challenges (no contact), the wijk, the budget asked, the outcome and its reasoning.</summary>
public sealed record OpenbareUitdagingDto(
    Guid Id, string Kenmerk, string Uitdager, string Taak, string? Wijk, long BedragEurocent, DateOnly Van, DateOnly Tot, UitdagingStatus Status,
    DateTimeOffset IngediendOp, DateTimeOffset? BesluitOp, string? Motivering, IReadOnlyList<UitdagingOordeelDto> Oordelen);

public static class UitdagingMappings
{
    public static BeoordelingscriteriumDto ToDto(this Beoordelingscriterium c) => new(c.Nummer, c.Naam, c.Toelichting);

    public static ParticipatieverordeningDto ToDto(this Participatieverordening v) => new(
        v.Versie, v.Referentie, v.VastgesteldOp, v.OntvankelijkheidWeken, v.BesluitWeken, v.Criteria.Select(c => c.ToDto()).ToList(), v.UitgeslotenTaken, v.GewijzigdOp);

    public static UitdagingDto ToDto(this Uitdaging u, string uitdager, DateTimeOffset now) => new(
        u.Id, u.Kenmerk, u.VerordeningVersie, u.OrganisatieId, uitdager, u.Groepsnaam, u.Contactnaam, u.ContactEmail, u.Taak, u.WijkId, u.Voorstel,
        u.Bedrag.Eurocent, u.Van, u.Tot, u.Status, u.IngediendOp, u.OntvankelijkheidUiterlijk, u.IsOntvankelijkheidTeLaat(now), u.OntvankelijkheidBesluitOp,
        u.NietOntvankelijkReden, u.BesluitUiterlijk, u.Criteria.Select(c => c.ToDto()).ToList(), u.Oordelen(), u.Motivering, u.BesluitOp, u.BezwaarUiterlijk,
        u.Overdracht is { } o ? new OverdrachtDto(o.Soort, o.DocumentId, o.Omschrijving, o.Per, o.VastgelegdOp) : null,
        u.Monitoring.Select(m => new MonitoringnotitieDto(m.Nummer, m.Datum, m.Tekst, m.Door)).ToList(), u.Evaluatie, u.GeevalueerdOp);

    public static OpenbareUitdagingDto ToOpenbaarDto(this Uitdaging u, string uitdager, string? wijk) => new(
        u.Id, u.Kenmerk, uitdager, u.Taak, wijk, u.Bedrag.Eurocent, u.Van, u.Tot, u.Status, u.IngediendOp, u.BesluitOp,
        u.Status == UitdagingStatus.NietOntvankelijk ? u.NietOntvankelijkReden : u.Motivering, u.Oordelen());

    /// <summary>The assessments with the criterion's name from the version the challenge was assessed under.</summary>
    public static IReadOnlyList<UitdagingOordeelDto> Oordelen(this Uitdaging u) =>
        u.Oordelen.Select(o => new UitdagingOordeelDto(o.Nummer, u.Criteria.FirstOrDefault(c => c.Nummer == o.Nummer)?.Naam ?? $"Criterium {o.Nummer}", o.Voldaan, o.Toelichting)).ToList();
}
