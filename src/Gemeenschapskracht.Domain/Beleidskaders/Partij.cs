namespace Gemeenschapskracht.Domain.Beleidskaders;

public enum PartijSoort
{
    Bewonersorganisatie,
    Welzijnsorganisatie,
    Woningcorporatie,
    Zorgaanbieder,
    Zorgverzekeraar,
    School,
    Ondernemer,
    Overig,
}

public enum Commitmentstatus
{
    Uitgenodigd,
    Toegezegd,
    Actief,
    Teruggetrokken,
}

/// <summary>A party of the change: what is expected of it, in which form it contributes, and whether it has committed (R1.7).</summary>
public sealed record Partij(string Naam, PartijSoort Soort, string Verwachting, string? Vorm, Commitmentstatus Status);
