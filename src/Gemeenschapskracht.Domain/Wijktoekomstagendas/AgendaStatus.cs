namespace Gemeenschapskracht.Domain.Wijktoekomstagendas;

/// <summary>
/// A wijktoekomstagenda is written as a concept, published to the wijk, carried out, and re-weighed at mid-horizon and
/// at the end (J4). After re-weighing it goes on, or a new version replaces it and it is archived.
/// </summary>
public enum AgendaStatus
{
    Concept,
    Gepubliceerd,
    InUitvoering,
    Herijking,
    Gearchiveerd,
}

/// <summary>An ambition starts as a dream (R3.4) and may be put on the agenda, taken up, realised or let go.</summary>
public enum AmbitieStatus
{
    Gedroomd,
    Geagendeerd,
    Opgepakt,
    Gerealiseerd,
    Losgelaten,
}

/// <summary>How a published agenda went round the wijk (R3.6).</summary>
public enum Verspreidingswijze
{
    HuisAanHuis,
    Plekken,
    Online,
}

/// <summary>One entry of the distribution log: how, where, when and how many copies.</summary>
public sealed record Verspreiding(Guid Id, Verspreidingswijze Wijze, string Omschrijving, DateOnly Datum, int? Aantal);

/// <summary>A working group that follows up an ambition (R3.7): its name, its members by name and the organisation to contact.</summary>
public sealed record Werkgroep(Guid Id, string Naam, IReadOnlyList<string> Leden, Guid? ContactOrganisatieId);
