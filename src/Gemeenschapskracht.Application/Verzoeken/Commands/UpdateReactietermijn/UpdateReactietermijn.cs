using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Domain.Verzoeken;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.UpdateReactietermijn;

/// <summary>Sets the gemeente's response time for requests to institutions, in weeks (default six); applies to requests sent from now on.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateReactietermijnCommand : ICommand<ReactietermijnDto>
{
    public required int Weken { get; init; }
}

public sealed class UpdateReactietermijnValidator : AbstractValidator<UpdateReactietermijnCommand>
{
    public UpdateReactietermijnValidator() => RuleFor(c => c.Weken).InclusiveBetween(Reactietermijn.MinWeken, Reactietermijn.MaxWeken)
        .WithMessage($"De reactietermijn ligt tussen {Reactietermijn.MinWeken} en {Reactietermijn.MaxWeken} weken.");
}

public sealed class UpdateReactietermijnHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateReactietermijnCommand, ReactietermijnDto>
{
    public async ValueTask<ReactietermijnDto> Handle(UpdateReactietermijnCommand command, CancellationToken cancellationToken)
    {
        var termijn = await db.Set<Reactietermijn>().FirstOrDefaultAsync(cancellationToken);
        if (termijn is null)
            db.Set<Reactietermijn>().Add(termijn = new Reactietermijn(command.Weken, clock.GetUtcNow()));
        else
            termijn.Wijzig(command.Weken, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ReactietermijnDto(termijn.Weken, false);
    }
}
