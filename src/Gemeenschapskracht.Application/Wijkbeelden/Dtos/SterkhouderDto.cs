using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Dtos;

/// <summary>A key person; only ever shown to the wijkbeeld's team.</summary>
public sealed record SterkhouderDto(
    Guid Id, string Naam, SterkhouderRol Rol, string? Domein, string? Contact, DateOnly ToestemmingOp, string ToestemmingWijze,
    SterkhouderStatus Status, DateTimeOffset? IngetrokkenOp);

public static class SterkhouderMappings
{
    public static SterkhouderDto ToDto(this Sterkhouder s) =>
        new(s.Id, s.Naam, s.Rol, s.Domein, s.Contact, s.ToestemmingOp, s.ToestemmingWijze, s.Status, s.IngetrokkenOp);
}
