namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Body of <c>POST /api/v1/gemeenten</c>.</summary>
public sealed record NieuweGemeente(string Naam, string Slug, string Gemeentecode, bool Actief = true);

/// <summary>Body of <c>PUT /api/v1/gemeenten/{slug}</c>.</summary>
public sealed record GemeenteWijziging(string Naam, bool Actief);

/// <summary>Body of <c>PUT /api/v1/gebieden/{id}</c>: what a gemeente may change of an area.</summary>
public sealed record GebiedWijziging(string? Naam, bool Pilot, Guid? OuderId);
