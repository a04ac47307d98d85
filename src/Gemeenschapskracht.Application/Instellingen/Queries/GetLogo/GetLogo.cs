using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Instellingen.Queries.GetLogo;

[Public]
public sealed record GetLogoQuery : IQuery<LogoDto>;

public sealed class GetLogoHandler(ITenantCatalogDbContext catalog) : IQueryHandler<GetLogoQuery, LogoDto>
{
    public async ValueTask<LogoDto> Handle(GetLogoQuery query, CancellationToken cancellationToken)
    {
        var logo = await catalog.TenantLogos.AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Deze gemeente heeft geen logo.");
        return new LogoDto(logo.ContentType, logo.Data, logo.UpdatedAt);
    }
}
