using Gemeenschapskracht.Domain.Ervaringsconferenties;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;

/// <summary>An ervaringsconferentie as anyone reads it: the invitation, how many registered (never who), the programme and, afterwards, the lessons.</summary>
public sealed record ErvaringsconferentieDto(
    Guid Id, string Titel, string Thema, DateOnly Datum, string Plek, string Omschrijving, int? Capaciteit, int Aangemeld,
    IReadOnlyList<Programmaonderdeel> Programma, IReadOnlyList<ConferentieWijkDto> Wijken, IReadOnlyList<string> Lessen, ConferentieStatus Status);

public sealed record ConferentieWijkDto(Guid Id, string Naam);

/// <summary>The answer to a registration or an unsubscription, to show the person.</summary>
public sealed record ConferentieaanmeldingBevestigingDto(Guid ConferentieId, string Melding);

/// <summary>A registration as the organising gemeente reads it, to welcome people; an unsubscribed one has no name or address left.</summary>
public sealed record ConferentieaanmeldingDto(Guid Id, string Naam, string? Email, DateTimeOffset AangemeldOp, bool Afgemeld);
