namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Read access to the platform's users (kept by ASP.NET Core Identity in the infrastructure).</summary>
public interface IUserDirectory
{
    Task<IReadOnlyDictionary<Guid, UserSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

public sealed record UserSummary(Guid Id, string Email, string Naam, bool TweeStapsAan, bool Geblokkeerd);
