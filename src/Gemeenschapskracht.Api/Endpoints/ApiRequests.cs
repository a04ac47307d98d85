namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Body of <c>POST /api/v1/gemeenten</c>.</summary>
public sealed record NieuweGemeente(string Naam, string Slug, string Gemeentecode, bool Actief = true);

/// <summary>Body of <c>PUT /api/v1/gemeenten/{slug}</c>.</summary>
public sealed record GemeenteWijziging(string Naam, bool Actief);

/// <summary>Body of <c>PUT /api/v1/gebieden/{id}</c>: what a gemeente may change of an area.</summary>
public sealed record GebiedWijziging(string? Naam, bool Pilot, Guid? OuderId);

/// <summary>Body of <c>POST /api/v1/uitnodigingen</c>.</summary>
public sealed record NieuweUitnodiging(string Email, IReadOnlyList<string>? Rollen);

/// <summary>Body of <c>PUT /api/v1/leden/{id}</c>.</summary>
public sealed record RollenWijziging(IReadOnlyList<string>? Rollen);

/// <summary>Body of <c>POST /api/v1/gemeenten/{slug}/uitnodigingen</c>: a new gemeente-beheerder.</summary>
public sealed record NieuweBeheerder(string Email);

/// <summary>Body of <c>PUT /api/v1/instellingen</c>.</summary>
public sealed record ThemaKeuze(string? Thema);
