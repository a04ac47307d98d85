using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Dtos;

public sealed record EnvelopdeelDto(Guid FinancieringsbronId, string Naam, long BedragPerJaarEurocent);

public sealed record CriteriumDto(Guid Id, string Naam, CriteriumSoort Soort, string? Maatstaf, decimal GewichtProcent);

public sealed record MethodiekInhoudDto(
    IReadOnlyList<EnvelopdeelDto> Envelop, IReadOnlyList<CriteriumDto> Criteria, decimal OndersteuningsVloerProcent, int OpzegtermijnMaanden);

public sealed record BudgetmethodiekSamenvattingDto(
    Guid Id, int Versie, string Titel, MethodiekStatus Status, long EnvelopPerJaarEurocent, DateTimeOffset GewijzigdOp, DateOnly? RaadsbesluitDatum);

public sealed record BudgetmethodiekDto(
    Guid Id,
    int Versie,
    string Titel,
    MethodiekStatus Status,
    bool Geldend,
    MethodiekInhoudDto Inhoud,
    long EnvelopPerJaarEurocent,
    RaadsbesluitDto? Raadsbesluit,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp);
