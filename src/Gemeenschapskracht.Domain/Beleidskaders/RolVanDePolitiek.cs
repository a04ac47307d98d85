namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>How the raad and the college fill their role in the change (R1.8).</summary>
public sealed record RolVanDePolitiek(string Raad, string College);

public enum ToezeggingStatus
{
    Toegezegd,
    Uitgevoerd,
    NietUitgevoerd,
}

/// <summary>A political commitment with its due date: "zeg wat je doet en doe wat je zegt" (R1.8).</summary>
public sealed record Toezegging(string Omschrijving, string Door, DateOnly Uiterlijk, ToezeggingStatus Status);
