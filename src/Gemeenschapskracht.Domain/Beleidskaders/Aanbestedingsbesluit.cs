namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>
/// The decision to stop tendering the sociale basis (R1.1–R1.2): what is decided and for which scope, how the
/// tendering of the past went, and the gemeente's own reasoning why this is not a market.
/// </summary>
public sealed record Aanbestedingsbesluit(string Besluit, string Reikwijdte, string EvaluatieVerleden, string GeenMarktMotivering);
