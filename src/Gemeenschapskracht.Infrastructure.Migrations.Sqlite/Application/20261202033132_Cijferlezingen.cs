using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Cijferlezingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cijferlezingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Afwijkingen = table.Column<string>(type: "TEXT", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cijferlezingen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cijferlezingen_TenantId",
                table: "Cijferlezingen",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cijferlezingen");
        }
    }
}
