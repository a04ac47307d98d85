using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Instellingen;

[Public]
public sealed record GetLogoQuery : IQuery<LogoDto>;

public sealed class GetLogoHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant) : IQueryHandler<GetLogoQuery, LogoDto>
{
    public async ValueTask<LogoDto> Handle(GetLogoQuery query, CancellationToken cancellationToken)
    {
        var logo = await catalog.TenantLogos.AsNoTracking().FirstOrDefaultAsync(l => l.TenantId == tenant.Id && tenant.Id != null, cancellationToken)
            ?? throw new NotFoundException("Deze gemeente heeft geen logo.");
        return new LogoDto(logo.ContentType, logo.Data, logo.UpdatedAt);
    }
}

/// <summary>Replaces the gemeente's logo. The type is read from the file's bytes: PNG, JPEG or WebP, at most 256 KB.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UploadLogoCommand(byte[] Data) : ICommand<InstellingenDto>;

public sealed class UploadLogoHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant, TimeProvider clock) : ICommandHandler<UploadLogoCommand, InstellingenDto>
{
    public async ValueTask<InstellingenDto> Handle(UploadLogoCommand command, CancellationToken cancellationToken)
    {
        var gemeente = await catalog.CurrentTenantAsync(tenant, cancellationToken);
        var type = TenantLogo.DetectContentType(command.Data)!;
        var logo = await catalog.TenantLogos.FirstOrDefaultAsync(l => l.TenantId == gemeente.Id, cancellationToken);
        if (logo is null)
            catalog.TenantLogos.Add(new TenantLogo(gemeente.Id, type, command.Data, clock.GetUtcNow()));
        else
            logo.Replace(type, command.Data, clock.GetUtcNow());
        await catalog.SaveChangesAsync(cancellationToken);
        return await catalog.LoadInstellingenAsync(tenant, cancellationToken);
    }
}

public sealed class UploadLogoValidator : AbstractValidator<UploadLogoCommand>
{
    public UploadLogoValidator() =>
        RuleFor(c => c.Data).Cascade(CascadeMode.Stop)
            .Must(d => d.Length is > 0 and <= TenantLogo.MaxBytes)
            .WithMessage($"Een logo moet tussen 1 byte en {TenantLogo.MaxBytes / 1024} KB groot zijn.")
            .Must(d => TenantLogo.DetectContentType(d) is not null)
            .WithMessage("Een logo moet een PNG-, JPEG- of WebP-afbeelding zijn.");
}

[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record DeleteLogoCommand : ICommand;

public sealed class DeleteLogoHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant) : ICommandHandler<DeleteLogoCommand>
{
    public async ValueTask<Unit> Handle(DeleteLogoCommand command, CancellationToken cancellationToken)
    {
        var logo = await catalog.TenantLogos.FirstOrDefaultAsync(l => l.TenantId == tenant.Id && tenant.Id != null, cancellationToken)
            ?? throw new NotFoundException("Deze gemeente heeft geen logo.");
        catalog.TenantLogos.Remove(logo);
        await catalog.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
