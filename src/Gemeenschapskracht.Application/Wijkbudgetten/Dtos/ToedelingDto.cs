namespace Gemeenschapskracht.Application.Wijkbudgetten.Dtos;

/// <summary>One line of a wijk's calculation: what the criterion counted there and the cents it gives.</summary>
public sealed record ToedelingsregelDto(Guid CriteriumId, string Criterium, decimal Score, string Toelichting, long BedragEurocent);

public sealed record WijkToedelingDto(Guid WijkId, string Code, string Naam, long TotaalEurocent, IReadOnlyList<ToedelingsregelDto> Regels);

public sealed record CriteriumdeelDto(Guid CriteriumId, string Naam, decimal GewichtProcent, long BedragEurocent, decimal TotaleScore);

/// <summary>
/// The proposed allocation of one year's envelope (R4.1). <c>Berekend</c> is false when a figure is unknown;
/// <c>Ontbrekend</c> then says which. <c>Afronding</c> states the rounding rule in Dutch.
/// </summary>
public sealed record ToedelingDto(
    Guid MethodiekId, long EnvelopEurocent, bool Berekend, IReadOnlyList<string> Ontbrekend, IReadOnlyList<CriteriumdeelDto> Criteria,
    IReadOnlyList<WijkToedelingDto> Wijken, string Afronding);
