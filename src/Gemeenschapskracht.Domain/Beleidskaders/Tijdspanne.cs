namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>The programme's horizon, which should outlast a council term, and the gemeente's election dates (R1.6).</summary>
public sealed record Tijdspanne(DateOnly ProgrammaStart, DateOnly ProgrammaEind, IReadOnlyList<DateOnly> Verkiezingsdata);

public enum PilotStatus
{
    Voorgesteld,
    Lopend,
    Geevalueerd,
    Opgeschaald,
    Gestopt,
}

/// <summary>A pilot in one or two wijken: where, which instrument, when, and how it will be judged (R1.6).</summary>
public sealed record Pilot(
    Guid Id, Guid GebiedId, string Instrument, DateOnly Start, DateOnly Eind, string Evaluatiecriteria, PilotStatus Status);

/// <summary>A transition period for a legacy (tendered) contract until its successor arrangement takes over (R1.6).</summary>
public sealed record Overgangsperiode(Guid Id, string Contract, string? Aanbieder, DateOnly Start, DateOnly Eind, string Opvolging);
