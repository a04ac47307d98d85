namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>
/// A public value the raad sets as a goal (R1.3). Its <see cref="Id"/> stays the same across versions of the
/// beleidskader, because organisations, agendas, budgets and reviews are tagged with it.
/// </summary>
/// <param name="Prioriteit">1 (highest) to 5.</param>
/// <param name="VerordeningArtikel">The article of the subsidieverordening that names it, e.g. "art. 3 lid 1 onder a".</param>
public sealed record PubliekeWaarde(
    Guid Id, string Naam, string Omschrijving, IReadOnlyList<string> Subthemas, int Prioriteit, string? VerordeningArtikel)
{
    public const int HoogstePrioriteit = 1;
    public const int LaagstePrioriteit = 5;

    /// <summary>The essay's five public values (Van der Lans 2023), the catalogue a new gemeente starts from.</summary>
    public static IReadOnlyList<PubliekeWaarde> UitHetEssay(DateTimeOffset now) =>
    [
        new(Guid.CreateVersion7(now), "Verduurzaming", "Energietransitie, klimaatadaptatie en een duurzame leefstijl in de wijk.",
            ["energiecoöperaties", "groen in de buurt"], 3, null),
        new(Guid.CreateVersion7(now), "Ruimtelijke inrichting & leefomgeving", "Een veilige, schone en uitnodigende openbare ruimte met plekken om elkaar te ontmoeten.",
            ["ontmoetingsplekken", "spelen en bewegen"], 3, null),
        new(Guid.CreateVersion7(now), "Zorgzaamheid & zorg", "Naar elkaar omkijken, mantelzorg en zorg dichtbij, in de wijk georganiseerd.",
            ["mantelzorg", "eenzaamheid"], 3, null),
        new(Guid.CreateVersion7(now), "Delen & herverdelen", "Eerlijk delen van ruimte, geld en kansen: voedsel, spullen, kennis en armoedebestrijding.",
            ["armoede", "ruilen en delen"], 3, null),
        new(Guid.CreateVersion7(now), "Inclusiviteit & samenleven", "Iedereen hoort erbij: ontmoeting tussen groepen, taal, meedoen.",
            ["ontmoeting", "meedoen"], 3, null),
    ];
}
