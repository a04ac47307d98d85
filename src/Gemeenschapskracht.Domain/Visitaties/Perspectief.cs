namespace Gemeenschapskracht.Domain.Visitaties;

/// <summary>One angle a visitatie scores on (R6.3): a name and what the panel looks at. Its id stays the same across versions of the cycle.</summary>
public sealed record Perspectief(Guid Id, string Naam, string Omschrijving)
{
    /// <summary>
    /// The defaults, after the housing corporations' visitation method (opgaven, belanghebbenden, vermogen, governance),
    /// read for work in a wijk: what the wijk asked for, what residents and partners say, what the work draws on, how it is steered.
    /// </summary>
    public static IReadOnlyList<Perspectief> Standaard(DateTimeOffset now) =>
    [
        new(Guid.CreateVersion7(now), "Presteren naar opgaven", "Doet het werk wat de wijktoekomstagenda en de bewoners vragen, en kent het de wijk, haar geschiedenis en haar verbinders?"),
        new(Guid.CreateVersion7(now), "Presteren volgens belanghebbenden", "Wat zeggen bewoners, partners en de gemeente over het werk: dienstbaar aan bewoners, de kring groter gemaakt?"),
        new(Guid.CreateVersion7(now), "Presteren naar vermogen", "Bouwt het werk voort op wat er al is in de wijk, en blijven mensen en kennis lang genoeg om te dragen?"),
        new(Guid.CreateVersion7(now), "Governance", "Hebben bewoners zeggenschap over het werk, en wordt er geleerd van wat lukt en wat niet?"),
    ];
}
