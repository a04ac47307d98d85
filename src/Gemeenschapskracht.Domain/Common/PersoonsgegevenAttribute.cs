namespace Gemeenschapskracht.Domain.Common;

/// <summary>
/// Marks a property that holds personal data which must disappear when the person withdraws consent: the audit trail
/// records that it changed, never its value, so anonymising the entity leaves no copy behind (AVG art. 17).
/// </summary>
/// <param name="omschrijving">What the field holds, in the words of the register of processing activities (AVG art. 30).</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersoonsgegevenAttribute(string omschrijving) : Attribute
{
    public string Omschrijving { get; } = omschrijving;
}
