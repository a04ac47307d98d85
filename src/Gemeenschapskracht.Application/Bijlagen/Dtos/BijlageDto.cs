using Gemeenschapskracht.Domain.Bijlagen;

namespace Gemeenschapskracht.Application.Bijlagen.Dtos;

/// <summary>An attachment as listed; the file itself is its own download.</summary>
public sealed record BijlageDto(Guid Id, string Naam, string ContentType, long Grootte, DateTimeOffset GeplaatstOp);

/// <summary>The file to download.</summary>
public sealed record BijlageBestand(string Naam, string ContentType, byte[] Inhoud, DateTimeOffset GeplaatstOp);

public static class BijlageMappings
{
    public static BijlageDto ToDto(this Bijlage b) => new(b.Id, b.Naam, b.ContentType, b.Grootte, b.GeplaatstOp);
}
