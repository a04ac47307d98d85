using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Dtos;

public sealed record JaarbedragDto(int Jaar, long BedragEurocent);

public sealed record BudgetregelDto(Guid Id, string Doel, BudgetCategorie Categorie, Guid? AmbitieId, Guid? PubliekeWaardeId, IReadOnlyList<JaarbedragDto> Bedragen);

public sealed record BronaandeelDto(Guid FinancieringsbronId, string Naam, decimal AandeelProcent);

public sealed record TrancheDto(int Jaar, long BedragEurocent, TrancheStatus Status, DateOnly? VrijgegevenOp);

public sealed record JaarverschilDto(int Jaar, long OudEurocent, long NieuwEurocent);

public sealed record BudgetwijzigingDto(DateTimeOffset Op, string Toelichting, RaadsbesluitDto? Raadsbesluit, IReadOnlyList<JaarverschilDto> Verschillen);

public sealed record WijkbudgetSamenvattingDto(
    Guid Id, Guid WijkId, string WijkNaam, int StartJaar, int EindJaar, WijkbudgetStatus Status, long TotaalEurocent, DateTimeOffset GewijzigdOp);

/// <summary>
/// A wijkbudget with its lines, tranches and every change since it was granted (the public budget page shows all of it).
/// <c>VerleendEurocent</c> is what subsidies granted under its regelingen, trekkingsrechten and signed dienstverleningsafspraken on its lines took from it so far; <c>JarenOnderVloer</c> are
/// the years in which organisational support stays below the methodiek's floor (R4.4).
/// </summary>
public sealed record WijkbudgetDto(
    Guid Id,
    Guid WijkId,
    string WijkNaam,
    Guid MethodiekId,
    int StartJaar,
    int AantalJaren,
    int EindJaar,
    WijkbudgetStatus Status,
    long TotaalEurocent,
    long VerleendEurocent,
    IReadOnlyList<BudgetregelDto> Regels,
    IReadOnlyList<BronaandeelDto> Bronnen,
    IReadOnlyList<TrancheDto> Tranches,
    IReadOnlyList<BudgetwijzigingDto> Wijzigingen,
    RaadsbesluitDto? Toekenning,
    string? Evaluatie,
    decimal OndersteuningsVloerProcent,
    IReadOnlyList<int> JarenOnderVloer,
    Guid? VoorgangerId,
    Guid? OpvolgerId,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp);

public sealed record BegrotingsbesluitDto(Guid Id, int Jaar, RaadsbesluitDto Raadsbesluit, DateTimeOffset VastgelegdOp);
