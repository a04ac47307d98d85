using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.SignDienstverleningsafspraak;

/// <summary>
/// A party signs for the organisation of its membership: the bewonersorganisatie as opdrachtgever, the provider as
/// aanbieder. When both have signed the agreement is Afgesproken.
/// </summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Partijen)]
[NoValidator("no body: the party follows from the caller's organisation")]
public sealed record SignDienstverleningsafspraakCommand(Guid Id) : ICommand<DienstverleningsafspraakDto>;

public sealed class SignDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SignDienstverleningsafspraakCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(SignDienstverleningsafspraakCommand command, CancellationToken cancellationToken)
    {
        var afspraak = await db.ZichtbareAfspraken(user).VindAsync(command.Id, cancellationToken);
        afspraak.Onderteken(user.AlsPartij("ondertekent haar"), user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
