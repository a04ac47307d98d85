namespace Gemeenschapskracht.Application.Beleidskaders.Dtos;

public enum WijzigingSoort
{
    Toegevoegd,
    Verwijderd,
    Gewijzigd,
}

/// <summary>One item of a part that differs between the versions, as text: what it was and what it is.</summary>
public sealed record WijzigingDto(WijzigingSoort Soort, string Item, string? Oud, string? Nieuw);

public sealed record OnderdeelVergelijkingDto(string Onderdeel, bool Gewijzigd, IReadOnlyList<WijzigingDto> Wijzigingen);

/// <summary>Two versions side by side, part by part (<see cref="Van"/> the older, <see cref="Naar"/> the newer).</summary>
public sealed record BeleidskaderVergelijkingDto(
    BeleidskaderSamenvattingDto Van, BeleidskaderSamenvattingDto Naar, IReadOnlyList<OnderdeelVergelijkingDto> Onderdelen);
