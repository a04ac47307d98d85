namespace Gemeenschapskracht.Domain.Common;

/// <summary>Every change of an entity with this marker writes an audit record in the same save.</summary>
public interface IAudited
{
    Guid Id { get; }
}
