namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>
/// The processing activity an entity with personal data serves, as the register of processing activities (AVG art. 30)
/// lists it. The register is generated from these marks and the model, so an entity cannot hold personal data unlisted.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class VerwerkingAttribute(string naam, string doel, string grondslag, string betrokkenen, string bewaartermijn) : Attribute
{
    public string Naam { get; } = naam;
    public string Doel { get; } = doel;

    /// <summary>The ground of AVG art. 6 lid 1 and, where there is one, the law it rests on.</summary>
    public string Grondslag { get; } = grondslag;

    public string Betrokkenen { get; } = betrokkenen;
    public string Bewaartermijn { get; } = bewaartermijn;
}
