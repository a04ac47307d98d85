using Gemeenschapskracht.Domain.Etalage;

namespace Gemeenschapskracht.Application.Etalage.Dtos;

/// <summary>
/// A story of the etalage. The public reads published ones, with photos (their captions are the text alternative) and
/// the contact; the consent (who gave it, when) and the photos' consent are read by the gemeente and the nominator.
/// </summary>
public sealed record EtalageverhaalDto(
    Guid Id, string Titel, string Verhaal, string Lessen, string Contact, Herkomst Herkomst, Guid? OrganisatieId, string? OrganisatieNaam,
    Guid? WijkId, string? WijkNaam, IReadOnlyList<EtalagefotoDto> Fotos, ToestemmingDto? Toestemming, EtalageStatus Status,
    DateTimeOffset? GepubliceerdOp, DateTimeOffset AangemaaktOp);

/// <param name="ToestemmingVan">Who gave consent for the photo; null for the public.</param>
public sealed record EtalagefotoDto(Guid BijlageId, string Bijschrift, string? ToestemmingVan);

public sealed record ToestemmingDto(string Door, DateTimeOffset Op);

/// <summary>The consent of the story and of its photos is read only by the gemeente and the nominator (volledig).</summary>
public static class EtalageMappings
{
    public static EtalageverhaalDto ToDto(this Etalageverhaal v, string? organisatieNaam, string? wijkNaam, bool volledig) =>
        new(v.Id, v.Titel, v.Verhaal, v.Lessen, v.Contact, v.Herkomst, v.OrganisatieId, organisatieNaam, v.WijkId, wijkNaam,
            [.. v.Fotos.Select(f => new EtalagefotoDto(f.BijlageId, f.Bijschrift, volledig ? f.ToestemmingVan : null))],
            volledig && v.Toestemming is { } t ? new ToestemmingDto(t.Door, t.Op) : null, v.Status, v.GepubliceerdOp, v.AangemaaktOp);
}
