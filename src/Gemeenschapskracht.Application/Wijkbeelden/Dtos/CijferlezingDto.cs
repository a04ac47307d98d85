using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Dtos;

/// <summary>How the gemeente reads each measure it has figures of; <paramref name="GewijzigdOp"/> null while it keeps the defaults.</summary>
public sealed record CijferlezingDto(IReadOnlyList<MaatstaflezingDto> Maatstaven, DateTimeOffset? GewijzigdOp);

/// <param name="Standaard">The product's default reading of the measure.</param>
/// <param name="Lens">The gemeente's reading.</param>
public sealed record MaatstaflezingDto(string Maatstaf, string Titel, Lens Standaard, Lens Lens);
