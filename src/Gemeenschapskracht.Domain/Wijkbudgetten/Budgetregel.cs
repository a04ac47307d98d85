using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>What a budget line is for; organisational support of bewonersorganisaties has a floor (R4.4).</summary>
public enum BudgetCategorie
{
    /// <summary>Rent of a space, a coordinator, the back office, training: what keeps a bewonersorganisatie going.</summary>
    OrganisatorischeOndersteuning,
    Activiteiten,
    Bewonersinitiatieven,
    ProfessioneleOndersteuning,
    Overig,
}

/// <summary>The amount of a line or a tranche in one year of the period.</summary>
public sealed record Jaarbedrag(int Jaar, Bedrag Bedrag);

/// <summary>
/// A line of a wijkbudget: its purpose, category and amount per year of the period. R3.9: every line references an
/// ambitie of the wijk's agenda or a publieke waarde of the beleidskader, so money can be followed to what it serves.
/// The id stays the same when the budget changes: subsidieregelingen draw on lines.
/// </summary>
public sealed record Budgetregel(Guid Id, string Doel, BudgetCategorie Categorie, Guid? AmbitieId, Guid? PubliekeWaardeId, IReadOnlyList<Jaarbedrag> Bedragen)
{
    public Bedrag In(int jaar) => Bedragen.FirstOrDefault(b => b.Jaar == jaar)?.Bedrag ?? Bedrag.Nul;

    internal void Controleer(int startJaar, int aantalJaren, Verwijzingen verwijzingen)
    {
        if (Tekst.IsBlank(Doel))
            throw new DomainException("Elke begrotingsregel heeft een doel.");
        if (AmbitieId is null && PubliekeWaardeId is null)
            throw new DomainException($"De regel '{Doel}' verwijst naar geen ambitie en geen publieke waarde; kies minstens één van beide (R3.9).");
        if (AmbitieId is { } ambitie && !verwijzingen.Ambities.Contains(ambitie))
            throw new DomainException($"De regel '{Doel}' verwijst naar een ambitie die niet in de wijktoekomstagenda van deze wijk staat.");
        if (PubliekeWaardeId is { } waarde && !verwijzingen.PubliekeWaarden.Contains(waarde))
            throw new DomainException($"De regel '{Doel}' verwijst naar een publieke waarde die niet in het geldende beleidskader staat.");
        var jaren = Enumerable.Range(startJaar, aantalJaren).ToList();
        if (Bedragen.Count != aantalJaren || !Bedragen.Select(b => b.Jaar).Order().SequenceEqual(jaren))
            throw new DomainException($"De regel '{Doel}' heeft een bedrag voor elk jaar van {startJaar} tot en met {startJaar + aantalJaren - 1}, en alleen voor die jaren.");
        if (Bedragen.Any(b => b.Bedrag.IsNegatief))
            throw new DomainException($"De regel '{Doel}' heeft een negatief bedrag.");
    }
}

/// <summary>The ambities (of the wijk's agendas) and publieke waarden (of the beleidskader in force) a line may reference.</summary>
public sealed record Verwijzingen(IReadOnlySet<Guid> Ambities, IReadOnlySet<Guid> PubliekeWaarden);

/// <summary>The part of a wijkbudget that one funding source pays (the mix, R4.2).</summary>
public sealed record Bronaandeel(Guid FinancieringsbronId, string Naam, Aandeel Aandeel);
