namespace Gemeenschapskracht.Application.Persoonsgegevens.Dtos;

/// <summary>The register of processing activities (AVG art. 30) of one gemeente, generated from the model.</summary>
public sealed record VerwerkingsregisterDto(string Gemeente, DateTimeOffset GegenereerdOp, IReadOnlyList<VerwerkingDto> Verwerkingen);

/// <param name="Gegevens">The personal data it holds, by field.</param>
/// <param name="Bron">The entity the data lives in, so a privacy officer and a developer mean the same thing.</param>
public sealed record VerwerkingDto(string Naam, string Doel, string Grondslag, string Betrokkenen, IReadOnlyList<string> Gegevens, string Bewaartermijn, string Bron);
