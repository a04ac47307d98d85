using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Mediator;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Commands.UpdateBewaarbeleid;

/// <summary>Sets the gemeente's terms for personal data whose purpose ends; the daily job applies them from the next run.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UpdateBewaarbeleidCommand : ICommand<BewaarbeleidDto>
{
    public required int BuurtTopAanmeldingenMaanden { get; init; }
    public required int DeclaratieBankgegevensMaanden { get; init; }
}

public sealed class UpdateBewaarbeleidHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateBewaarbeleidCommand, BewaarbeleidDto>
{
    public async ValueTask<BewaarbeleidDto> Handle(UpdateBewaarbeleidCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (beleid, eigen) = await db.BewaarbeleidAsync(clock, volgen: true, cancellationToken);
        beleid.Wijzig(command.BuurtTopAanmeldingenMaanden, command.DeclaratieBankgegevensMaanden, user.Weergavenaam, now);
        if (!eigen)
            db.Set<Bewaarbeleid>().Add(beleid);
        await db.SaveChangesAsync(cancellationToken);
        return beleid.ToDto(eigen: true);
    }
}
