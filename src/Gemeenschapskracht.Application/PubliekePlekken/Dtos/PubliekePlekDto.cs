using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.PubliekePlekken.Dtos;

public sealed record CoordinatenDto(double Breedtegraad, double Lengtegraad);

public sealed record PubliekePlekDto(
    Guid Id, Guid WijkId, string Naam, PlekSoort Soort, CoordinatenDto? Locatie, string? Adres, Eigenaarsoort Eigenaar, string? BeheerdDoor,
    bool AvondsOpen, int? Vergadercapaciteit, Huurregime Huurregime, PlekStatus Status, string? Toelichting, DateTimeOffset GewijzigdOp);

public static class PubliekePlekMappings
{
    public static PubliekePlekDto ToDto(this PubliekePlek p) => new(
        p.Id, p.GebiedId, p.Naam, p.Soort, p.Locatie is { } l ? new CoordinatenDto(l.Breedtegraad, l.Lengtegraad) : null, p.Adres, p.Eigenaar,
        p.BeheerdDoor, p.AvondsOpen, p.Vergadercapaciteit, p.Huurregime, p.Status, p.Toelichting, p.GewijzigdOp);
}
