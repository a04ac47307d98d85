using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace Gemeenschapskracht.Infrastructure.Identity;

public sealed class UserAccounts(UserManager<ApplicationUser> users, TimeProvider clock) : IUserAccounts
{
    public async Task<Guid?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email))?.Id;

    public async Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && await users.CheckPasswordAsync(user, password);

    public async Task<AccountCreation> CreateAsync(string email, string naam, string wachtwoord, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(now), UserName = email, Email = email, EmailConfirmed = true, DisplayName = naam, CreatedAt = now,
        };
        var created = await users.CreateAsync(user, wachtwoord);
        return created.Succeeded ? new AccountCreation(user.Id, []) : new AccountCreation(null, created.Errors.Select(e => e.Description).ToList());
    }

    public async Task AnonymiseAsync(Guid userId, string pseudoniem, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"Account {userId} bestaat niet.");
        var adres = $"{pseudoniem.Replace(' ', '-').ToLowerInvariant()}@geanonimiseerd.invalid";
        foreach (var login in await users.GetLoginsAsync(user))
            Controleer(await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
        if (await users.HasPasswordAsync(user))
            Controleer(await users.RemovePasswordAsync(user));
        user.UserName = adres;
        user.Email = adres;
        user.PhoneNumber = null;
        user.DisplayName = pseudoniem;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        Controleer(await users.UpdateAsync(user));
        Controleer(await users.ResetAuthenticatorKeyAsync(user));
        Controleer(await users.UpdateSecurityStampAsync(user));
    }

    private static void Controleer(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
