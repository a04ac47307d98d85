namespace Gemeenschapskracht.Application.Organisaties.Dtos;

/// <summary>The account an organisation's subsidies are paid to; both null until it gives one.</summary>
public sealed record BankrekeningDto(Guid OrganisatieId, string? Iban, string? Tenaamstelling);
