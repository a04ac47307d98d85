namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The gemeente resolved for this request or job, if any.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    string? Identifier { get; }
}
