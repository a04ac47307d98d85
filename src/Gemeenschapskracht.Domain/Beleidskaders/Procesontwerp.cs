namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>A phase of the process design (R1.5): the instruments it uses (data collection, a BuurtTop, …), who is responsible, and when.</summary>
public sealed record Fase(string Naam, IReadOnlyList<string> Instrumenten, string? Verantwoordelijke, DateOnly Start, DateOnly Eind);
