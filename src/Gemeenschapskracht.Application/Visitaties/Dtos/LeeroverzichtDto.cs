using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.Application.Visitaties.Dtos;

/// <summary>
/// What the gemeente learns from its adopted visitatierapporten (R6.2, G-1): per perspective how the marks are spread
/// over the four-point scale and what the narratives keep coming back to; how many reports per year. Never a wijk or an
/// organisation by name, never an order of who did best.
/// </summary>
public sealed record LeeroverzichtDto(int Rapporten, int Wijken, IReadOnlyList<JaarAantalDto> Jaren, IReadOnlyList<PerspectiefLeerDto> Perspectieven);

public sealed record JaarAantalDto(int Jaar, int Rapporten);

/// <summary>One perspective: the marks counted per step of the scale (in the scale's order, every step present) and the recurring themes.</summary>
public sealed record PerspectiefLeerDto(string Naam, IReadOnlyList<OordeelAantalDto> Verdeling, IReadOnlyList<TerugkerendThema> Themas);

public sealed record OordeelAantalDto(Oordeel Oordeel, int Aantal);
