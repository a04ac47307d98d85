namespace Gemeenschapskracht.Domain.Regels;

/// <summary>
/// Marks the member that enforces a legal rule or guardrail of <see cref="Regelcatalogus"/>. The rule table
/// (<c>docs/regels.md</c>) is generated from these marks and from the tests that carry
/// <c>[Trait("Regel", …)]</c> with the same id, so it cannot drift from the code.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property,
    AllowMultiple = true, Inherited = false)]
public sealed class RegelAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
